import { Info, MailPlus } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState } from "@/components/app-shell/empty-state";
import { PageHeader } from "@/components/app-shell/page-header";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { requirePermission } from "@/lib/auth/require-permission";
import { can, refusal } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { listTeam } from "@/lib/server/team/list-team";
import { AdminsTable } from "./admins-table";
import { InvitationsTable } from "./invitations-table";
import { InviteDialog } from "./invite-dialog";

export const metadata: Metadata = { title: "Team" };

/** Everyone sees who's on the team (so a Viewer knows whom to ask); only owners invite, change roles and remove. */
export default async function TeamPage() {
  const admin = await requirePermission("view");
  const { admins, invitations } = await listTeam(await getDb(), admin.organisationId);
  const canManage = can(admin.role, "team:manage");
  const owners = admins.filter((member) => member.role === "OWNER").length;

  return (
    <>
      <PageHeader
        title="Team"
        description="The people who look after your organisation's staff list in Rollcall, and what each may do. Owners do everything, Admins manage users, imports, groups and profile fields, and Viewers read and export."
        actions={canManage ? <InviteDialog /> : undefined}
      />
      <div className="grid gap-8">
        {!canManage && (
          <Alert role="note">
            <Info aria-hidden />
            <AlertDescription>{refusal(admin.role, "team:manage")}</AlertDescription>
          </Alert>
        )}
        <section aria-labelledby="admins-heading" className="grid gap-3">
          <h2 id="admins-heading" className="text-lg font-semibold">
            Admins <span className="text-sm font-normal text-muted-foreground">({admins.length})</span>
          </h2>
          <AdminsTable admins={admins} currentAdminId={admin.id} canManage={canManage} owners={owners} />
        </section>
        <section aria-labelledby="invitations-heading" className="grid gap-3">
          <h2 id="invitations-heading" className="text-lg font-semibold">
            Pending invitations <span className="text-sm font-normal text-muted-foreground">({invitations.length})</span>
          </h2>
          {invitations.length ? (
            <InvitationsTable invitations={invitations} canManage={canManage} />
          ) : (
            <EmptyState icon={MailPlus} title="No invitations waiting" headingLevel="h3" action={canManage ? <InviteDialog variant="outline" /> : undefined}>
              {canManage
                ? "Invite a colleague by email: they choose their own username and password, and join in the role you pick."
                : "Invitations an owner sends appear here until they're accepted."}
            </EmptyState>
          )}
        </section>
      </div>
    </>
  );
}
