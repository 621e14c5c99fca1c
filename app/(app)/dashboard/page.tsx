import { Archive, FileUp, MailCheck, MailX, UserCheck, Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/app-shell/empty-state";
import { GettingStarted } from "@/components/dashboard/getting-started";
import { PageHeader } from "@/components/app-shell/page-header";
import { PolledProgress } from "@/components/imports/live-progress";
import { ImportStatusBadge } from "@/components/imports/status-badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { plural } from "@/lib/imports/message-format";
import { requirePermission } from "@/lib/auth/require-permission";
import { can } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { dashboardStats, recentImports } from "@/lib/server/dashboard/dashboard-stats";

export const metadata: Metadata = { title: "Dashboard" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

export default async function DashboardPage() {
  const admin = await requirePermission("view");
  const db = await getDb();
  const [stats, imports] = await Promise.all([dashboardStats(db, admin.organisationId), recentImports(db, admin.organisationId)]);
  const tiles = [
    { label: "Active users", value: stats.active.toLocaleString("en-GB"), icon: Users, href: "/users?status=active" },
    { label: "Archived users", value: stats.archived.toLocaleString("en-GB"), icon: Archive, href: "/users?status=archived" },
    { label: "Imports this month", value: stats.importsThisMonth.toLocaleString("en-GB"), icon: FileUp },
    { label: "Welcome emails sent", value: stats.welcomeSent.toLocaleString("en-GB"), icon: MailCheck },
    { label: "Welcome emails failed", value: stats.welcomeFailed.toLocaleString("en-GB"), icon: MailX },
    { label: "Activation rate", value: stats.activationRate === null ? "—" : `${Math.round(stats.activationRate * 100)}%`, icon: UserCheck },
  ];

  const firstName = admin.name.split(" ")[0];
  // A new organisation: nothing to count yet, so the page shows the way in instead of six zeros.
  if (stats.active + stats.archived === 0 && imports.length === 0) {
    return (
      <>
        <PageHeader title={`Welcome, ${firstName}`} description={`${admin.organisation.name} has no users yet.`} />
        <GettingStarted role={admin.role} />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={`Welcome back, ${firstName}`}
        description={`An overview of ${admin.organisation.name}'s users and imports.`}
        actions={
          can(admin.role, "imports:write") ? (
            <Button asChild>
              <Link href="/users/import">Add/Update Users</Link>
            </Button>
          ) : undefined
        }
      />
      <div className="grid gap-8">
        <dl className="grid grid-cols-2 gap-4 md:grid-cols-3 xl:grid-cols-6">
          {tiles.map(({ label, value, icon: Icon, href }) => (
            <div
              key={label}
              className="relative rounded-lg border bg-card p-4 transition-colors has-[a:focus-visible]:ring-2 has-[a:focus-visible]:ring-ring has-[a:hover]:bg-muted/40"
            >
              <dt className="flex items-center gap-2 text-sm text-muted-foreground">
                <Icon className="size-4" aria-hidden />
                {label}
              </dt>
              <dd className="mt-2 text-2xl font-semibold tabular-nums">
                {href ? (
                  // The whole tile is the link's hit area; the link itself names the number.
                  <Link href={href} className="after:absolute after:inset-0 focus-visible:outline-none">
                    {value}
                  </Link>
                ) : (
                  value
                )}
              </dd>
            </div>
          ))}
        </dl>

        <Card>
          <CardHeader>
            <CardTitle>Recent imports</CardTitle>
            <CardDescription>Imports run in the background; progress updates here as they go.</CardDescription>
          </CardHeader>
          <CardContent>
            {imports.length === 0 ? (
              <EmptyState
                icon={FileUp}
                title="No imports yet"
                headingLevel="h3"
                action={
                  can(admin.role, "imports:write") ? (
                    <Button asChild variant="outline" size="sm">
                      <Link href="/users/import">Add/Update Users</Link>
                    </Button>
                  ) : undefined
                }
              >
                {can(admin.role, "imports:write") ? "Add your first users by pasting their email addresses or uploading the CSV template." : "Imports an owner or admin runs appear here."}
              </EmptyState>
            ) : (
              <ul className="divide-y" aria-label="Recent imports">
                {imports.map((job) => (
                  <li key={job.id} className="grid gap-3 py-4 first:pt-0 last:pb-0 sm:grid-cols-[1fr_16rem] sm:items-center sm:gap-6">
                    <div className="grid gap-1">
                      <div className="flex flex-wrap items-center gap-2">
                        <Link href={`/imports/${job.id}`} className="font-medium hover:underline">
                          {job.fileName ?? "Pasted users"}
                        </Link>
                        <ImportStatusBadge status={job.status} />
                      </div>
                      <p className="text-sm text-muted-foreground">
                        {plural(job.totalRows, "row")} · {job.createdCount.toLocaleString("en-GB")} created · {job.updatedCount.toLocaleString("en-GB")} updated
                        {job.failedCount + job.skippedCount > 0 && ` · ${(job.failedCount + job.skippedCount).toLocaleString("en-GB")} not imported`} · {job.admin?.name ?? "—"},{" "}
                        {dateFormat.format(job.createdAt)}
                      </p>
                    </div>
                    <PolledProgress
                      compact
                      initial={{
                        id: job.id,
                        status: job.status,
                        totalRows: job.totalRows,
                        processedRows: job.processedRows,
                        created: job.createdCount,
                        updated: job.updatedCount,
                        unchanged: job.unchangedCount,
                        skipped: job.skippedCount,
                        failed: job.failedCount,
                        error: job.error,
                      }}
                    />
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
