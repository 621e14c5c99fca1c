import { Folders } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/app-shell/empty-state";
import { PageHeader } from "@/components/app-shell/page-header";
import { RoleNotice } from "@/components/app-shell/role-notice";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/require-permission";
import { can } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { listGroups } from "@/lib/server/groups/list-groups";
import { AddGroupDialog, DeleteGroupDialog, EditGroupDialog } from "./group-dialogs";

export const metadata: Metadata = { title: "Groups" };

export default async function GroupsPage() {
  const admin = await requirePermission("view");
  const groups = await listGroups(await getDb(), admin.organisationId);
  const canEdit = can(admin.role, "groups:write");

  return (
    <>
      <PageHeader
        title="Groups"
        description="Sites, teams or roles your training is assigned to. A user can be in several groups. Set them here, from the Users list, or with the Groups column of a spreadsheet (names separated by “;”)."
        actions={canEdit && groups.length > 0 ? <AddGroupDialog /> : undefined}
      />
      {!canEdit && <RoleNotice role={admin.role} permission="groups:write" className="mb-6" />}
      {groups.length === 0 ? (
        <EmptyState icon={Folders} title="No groups yet" action={canEdit ? <AddGroupDialog variant="outline" /> : undefined}>
          Create a group such as Fire wardens or London office, or upload a spreadsheet with a Groups column: the import offers to create the groups it names.
        </EmptyState>
      ) : (
        <div className="overflow-hidden rounded-lg border">
          <Table aria-label="Groups">
            <TableHeader>
              <TableRow className="bg-muted/40 hover:bg-muted/40">
                <TableHead scope="col" className="w-[32%]">
                  Name
                </TableHead>
                <TableHead scope="col">Description</TableHead>
                <TableHead scope="col" className="text-right">
                  Members
                </TableHead>
                <TableHead scope="col" className="text-right">
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {groups.map((group) => (
                <TableRow key={group.id}>
                  <TableCell className="font-medium">
                    <Link
                      href={`/groups/${group.id}`}
                      className="rounded-sm underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
                    >
                      {group.name}
                    </Link>
                  </TableCell>
                  <TableCell className="max-w-md truncate text-muted-foreground">{group.description || "—"}</TableCell>
                  <TableCell className="text-right tabular-nums">{group.members.toLocaleString("en-GB")}</TableCell>
                  <TableCell>
                    {canEdit && (
                      <div className="flex items-center justify-end gap-2">
                        <EditGroupDialog group={group} />
                        <DeleteGroupDialog group={group} />
                      </div>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
