import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PageHeader } from "@/components/app-shell/page-header";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/require-permission";
import { can } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { ActivityTable } from "@/components/activity/activity-table";
import { listRelatedActivity, RELATED_ACTIVITY_LIMIT } from "@/lib/server/activity/list-related-activity";
import { listFields } from "@/lib/server/fields/list-fields";
import { findMemberships } from "@/lib/server/groups/find-memberships";
import { listGroupOptions } from "@/lib/server/groups/list-groups";
import { createdByPhrase, findCreatingImport } from "@/lib/server/learners/find-creating-import";
import { getLearner, type LearnerDetail } from "@/lib/server/learners/get-learner";
import { listLearnerImports } from "@/lib/server/learners/list-learner-imports";
import { listLearnerGroupChanges } from "@/lib/server/learners/list-learner-group-changes";
import { neverWelcomed, welcomeState } from "@/lib/server/learners/welcome-state";
import { Badge } from "@/components/ui/badge";
import { StatusBadge, WelcomeBadge } from "../learner-badges";
import { EditGroupsDialog } from "./edit-groups-dialog";
import { learnerName } from "../learner-name";
import { LocalDate } from "@/components/app-shell/local-date";
import { ImportHistory } from "./import-history";
import { UserActions } from "./user-actions";

type Props = { params: Promise<{ id: string }> };

// Shared by the metadata and the page, so the learner is read once per request.
const loadLearner = cache(async (id: string) => {
  const admin = await requirePermission("view");
  const learner = await getLearner(await getDb(), admin.organisationId, id);
  return { admin, learner };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { learner } = await loadLearner((await params).id);
  return { title: learner ? learnerName(learner) : "User not found" };
}

function builtInValue(learner: LearnerDetail, key: string): string {
  if (key === "email" || key === "firstName" || key === "lastName") return learner[key];
  return "";
}

function hasExpired(date: Date) {
  return date.getTime() < Date.now();
}

export default async function UserPage({ params }: Props) {
  const { id } = await params;
  const { admin, learner } = await loadLearner(id);
  if (!learner) notFound();
  const db = await getDb();
  const [fields, history, groupChanges, memberships, groups, activity, createdBy] = await Promise.all([
    listFields(db, admin.organisationId),
    listLearnerImports(db, admin.organisationId, learner.id),
    listLearnerGroupChanges(db, admin.organisationId, learner.id),
    findMemberships(db, [learner.id]),
    listGroupOptions(db, admin.organisationId),
    listRelatedActivity(db, admin.organisationId, { learnerId: learner.id }),
    findCreatingImport(db, admin.organisationId, learner.createdByImportId),
  ]);
  const memberOf = memberships.get(learner.id) ?? [];
  const profile = fields
    .filter((field) => field.key !== "active")
    .map((field) => ({ label: field.label, value: field.builtIn ? builtInValue(learner, field.key) : (learner.customFields[field.key] ?? "") }));
  const welcome = welcomeState(learner);
  const name = learnerName(learner);

  return (
    <>
      <Link
        href="/users"
        className="mb-4 inline-flex items-center gap-1 rounded-sm text-sm text-muted-foreground outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50"
      >
        <ArrowLeft className="size-4" aria-hidden />
        Users
      </Link>
      <PageHeader
        title={name}
        description={name === learner.email ? undefined : learner.email}
        actions={
          can(admin.role, "users:write") && (
          <UserActions
            id={learner.id}
            name={name}
            active={learner.active}
            canResendWelcome={learner.active && welcome !== "ACTIVATED" && welcome !== "QUEUED"}
            neverWelcomed={neverWelcomed(learner)}
          />
          )
        }
      />

      <div className="grid gap-6 lg:grid-cols-5">
        <Card className="lg:col-span-3">
          <CardHeader>
            <CardTitle>Profile</CardTitle>
            <CardDescription>To change these details, upload a spreadsheet with Add/Update Users.</CardDescription>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
              {profile.map(({ label, value }) => (
                <div key={label} className="min-w-0 space-y-1">
                  <dt className="text-sm text-muted-foreground">{label}</dt>
                  <dd className="break-words text-sm font-medium">{value || <span className="font-normal text-muted-foreground">Not set</span>}</dd>
                </div>
              ))}
            </dl>
          </CardContent>
        </Card>

        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>Account</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-4 text-sm">
              <Detail label="Status">
                <StatusBadge active={learner.active} />
              </Detail>
              <Detail label="Welcome email">
                <span className="flex flex-wrap items-center gap-2">
                  <WelcomeBadge state={welcome} />
                  {learner.welcomeSentAt && (
                    <span className="text-muted-foreground">
                      last sent <LocalDate value={learner.welcomeSentAt} withTime />
                    </span>
                  )}
                </span>
              </Detail>
              <Detail label="Activated">{learner.activatedAt ? <LocalDate value={learner.activatedAt} withTime /> : "Not yet"}</Detail>
              {!learner.activatedAt && learner.activationExpiresAt && (
                <Detail label="Activation link">
                  {hasExpired(learner.activationExpiresAt) ? "Expired on " : "Expires on "}
                  <LocalDate value={learner.activationExpiresAt} withTime />
                </Detail>
              )}
              <Detail label="Added">
                <LocalDate value={learner.createdAt} withTime />
                {createdBy && (
                  <>
                    {" "}
                    by{" "}
                    <Link href={`/imports/${createdBy.id}`} className="underline underline-offset-4 hover:text-foreground">
                      {createdByPhrase(createdBy)}
                    </Link>
                  </>
                )}
              </Detail>
              <Detail label="Last updated">
                <LocalDate value={learner.updatedAt} withTime />
              </Detail>
            </dl>
          </CardContent>
        </Card>
      </div>

      <Card className="mt-6">
        <CardHeader>
          <CardTitle>Groups</CardTitle>
          <CardDescription>Training assigned to a group reaches this user through it.</CardDescription>
          {can(admin.role, "groups:write") && (
            <CardAction>
              <EditGroupsDialog learnerId={learner.id} name={name} groups={groups} memberOf={memberOf.map((group) => group.id)} />
            </CardAction>
          )}
        </CardHeader>
        <CardContent>
          {memberOf.length === 0 ? (
            <p className="text-sm text-muted-foreground">Not in any group.</p>
          ) : (
            <ul className="flex flex-wrap gap-2" aria-label="Groups">
              {memberOf.map((group) => (
                <li key={group.id}>
                  <Badge variant="secondary" asChild className="text-sm font-normal">
                    <Link href={`/groups/${group.id}`}>{group.name}</Link>
                  </Badge>
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>

      <Card className="mt-6">
        <CardHeader>
          <CardTitle>History</CardTitle>
          <CardDescription>Imports whose file included this user, and the groups directory sync added them to or removed them from, newest first.</CardDescription>
        </CardHeader>
        <CardContent>
          <ImportHistory rows={history} groupChanges={groupChanges} />
        </CardContent>
      </Card>

      <Card className="mt-6">
        <CardHeader>
          <CardTitle>Other changes</CardTitle>
          <CardDescription>Archiving, unarchiving, group changes and directory sync, with the admin or token behind each, newest first.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-3">
          <ActivityTable rows={activity} label="Changes to this user" here={`/users/${learner.id}`} empty="Nobody has archived, regrouped or synced this user outside an import." />
          {activity.length === RELATED_ACTIVITY_LIMIT && (
            <p className="text-sm text-muted-foreground">Showing the {RELATED_ACTIVITY_LIMIT} most recent changes; the activity log in Settings has them all.</p>
          )}
        </CardContent>
      </Card>
    </>
  );
}

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[8rem_1fr] items-baseline gap-3">
      <dt className="text-muted-foreground">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
