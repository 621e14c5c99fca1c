import { Download, History } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState } from "@/components/app-shell/empty-state";
import { PageHeader } from "@/components/app-shell/page-header";
import { Button } from "@/components/ui/button";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { listActivity } from "@/lib/server/activity/list-activity";
import { listActivityPeople } from "@/lib/server/activity/list-activity-people";
import { activitySearch, parseActivityQuery } from "@/lib/validations/activity";
import { ActivityLog } from "./activity-log";

export const metadata: Metadata = { title: "Activity" };

export default async function ActivityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requirePermission("view");
  const query = parseActivityQuery(await searchParams);
  const db = await getDb();
  const [activity, people] = await Promise.all([listActivity(db, admin.organisationId, query), listActivityPeople(db, admin.organisationId)]);
  const filtered = Boolean(query.person || query.kind || query.from || query.to);
  const exportHref = `/api/activity/export${activitySearch({ person: query.person, kind: query.kind, from: query.from, to: query.to })}`;

  return (
    <>
      <PageHeader
        title="Activity"
        description="Who did what in your organisation, and when: imports, changes to users, groups and settings, API tokens, directory sync and sign-ins. Entries can't be edited or deleted; erasing a person on request takes out what identified them and keeps the entry."
        actions={
          activity.total > 0 || filtered ? (
            <Button variant="outline" asChild>
              <a href={exportHref}>
                <Download aria-hidden />
                Export CSV
              </a>
            </Button>
          ) : undefined
        }
      />
      {activity.total === 0 && !filtered ? (
        <EmptyState icon={History} title="No activity yet">
          Sign-ins, imports and every change an admin, an API token or your directory makes will be listed here.
        </EmptyState>
      ) : (
        <ActivityLog activity={activity} query={query} people={people} />
      )}
    </>
  );
}
