import { Clock, Download } from "lucide-react";
import type { Metadata } from "next";
import type { EmailStatus } from "@/generated/prisma/enums";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/app-shell/page-header";
import { ActionBadge } from "@/components/imports/action-badge";
import { ImportProgressPanel } from "@/components/imports/import-progress-panel";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/require-permission";
import { can } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { ActivityTable } from "@/components/activity/activity-table";
import { listRelatedActivity } from "@/lib/server/activity/list-related-activity";
import { listFields } from "@/lib/server/fields/list-fields";
import { getImport, importStarter } from "@/lib/server/imports/get-import";
import { importProgress } from "@/lib/server/imports/import-progress";
import { MODE_LABELS, readMapping, readOptions } from "@/lib/server/imports/import-options";
import { listImportRows, OUTCOME_FILTERS, type OutcomeFilter } from "@/lib/server/imports/list-import-rows";
import type { UndoSummary } from "@/lib/server/imports/undo-import";
import { countErasedRows } from "@/lib/server/imports/count-erased-rows";
import { people } from "@/lib/privacy/erasure-confirmation";
import { type WelcomeSummary, welcomeSummary } from "@/lib/server/imports/welcome-summary";
import { importDataRetention } from "@/lib/server/retention/retention-policy";
import { retentionSentence } from "@/lib/server/retention/retention-sentence";
import { cn } from "@/lib/utils";
import { GroupChangeText } from "@/components/imports/group-change-text";
import { RetryButton } from "./retry-button";
import { UndoButton } from "./undo-button";

export const metadata: Metadata = { title: "Import" };

const PAGE_SIZE = 50;
const FILTER_LABELS: Record<OutcomeFilter, string> = { all: "All", CREATED: "Created", UPDATED: "Updated", UNCHANGED: "Unchanged", SKIPPED: "Skipped", FAILED: "Failed" };
const SOURCE_LABELS = { CSV: "CSV upload", TEXTBOX: "Typed or pasted", CLI: "Command line", API: "API", SCIM: "Directory sync" } as const;
const WELCOME_LABELS: Record<EmailStatus, string> = { QUEUED: "Sending", SENT: "Sent", OUTBOX: "In outbox", FAILED: "Failed", SKIPPED: "Not sent" };
const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

export default async function ImportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ outcome?: string; page?: string }> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const admin = await requirePermission("view");
  const canImport = can(admin.role, "imports:write");
  const db = await getDb();
  const job = await getImport(db, admin.organisationId, id);
  if (!job || job.status === "DRAFT") notFound();

  const outcome: OutcomeFilter = OUTCOME_FILTERS.includes(query.outcome as OutcomeFilter) ? (query.outcome as OutcomeFilter) : "all";
  const page = Math.max(1, Number(query.page) || 1);
  const options = readOptions(job.options);
  const [[progress], fields, results, welcome, activity, erased, organisation] = await Promise.all([
    importProgress(db, admin.organisationId, [job.id]),
    listFields(db, admin.organisationId, { includeDisabled: true, withGroups: true }),
    listImportRows(db, job, { outcome, page, pageSize: PAGE_SIZE }),
    options.sendWelcome ? welcomeSummary(db, admin.organisationId, job.id) : null,
    listRelatedActivity(db, admin.organisationId, { importId: job.id }),
    countErasedRows(db, job.id),
    db.organisation.findUniqueOrThrow({ where: { id: admin.organisationId }, select: { importRetentionDays: true } }),
  ]);
  const mapping = Object.entries(readMapping(job.mapping));
  const pageCount = Math.max(1, Math.ceil(results.total / PAGE_SIZE));
  const problems = job.failedCount + job.skippedCount;
  const undo = job.undoSummary as UndoSummary | null;
  // Undo, retry and the error report read the file's rows: offered only while the retention period keeps them.
  const retention = importDataRetention(job, organisation.importRetentionDays);
  const dataKept = !job.dataPurgedAt;
  const offersErrorReport = dataKept && problems > 0;
  const offersRetry = dataKept && canImport && job.status === "FAILED";
  const offersUndo = dataKept && canImport && job.status === "COMPLETED" && job.createdCount + job.updatedCount > 0;
  const offers = [offersUndo && "Undo", offersRetry && "Retry", offersErrorReport && "the error report"].filter((offer): offer is string => Boolean(offer));

  return (
    <>
      <PageHeader
        title={job.fileName ? `Import of ${job.fileName}` : "Import of pasted users"}
        description={`Started by ${importStarter(job)} on ${dateFormat.format(job.queuedAt ?? job.createdAt)}.`}
        actions={
          <>
            {offersErrorReport && (
              <Button asChild variant="outline">
                <a href={`/api/imports/${job.id}/errors`} download>
                  <Download aria-hidden /> Download error report
                </a>
              </Button>
            )}
            {offersRetry && <RetryButton importId={job.id} />}
            {offersUndo && (
              <UndoButton importId={job.id} created={job.createdCount} updated={job.updatedCount} erased={erased} />
            )}
          </>
        }
      />
      <div className="grid gap-6">
        <Card>
          <CardContent className="grid gap-6">
            {/* Keyed by status so a retried import's panel starts following it again. */}
            {progress && <ImportProgressPanel key={job.status} initial={progress} />}
            {undo && (
              <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status">
                Undone{job.undoneAt ? ` on ${dateFormat.format(job.undoneAt)}` : ""}: {undo.deleted.toLocaleString("en-GB")} created users removed,{" "}
                {undo.restored.toLocaleString("en-GB")} updated users restored.
                {undo.archived > 0 && ` ${undo.archived.toLocaleString("en-GB")} created users had been changed since, so they were archived instead of removed.`}
                {undo.keptChanged > 0 && ` ${undo.keptChanged.toLocaleString("en-GB")} updated users had been changed since and were left as they are.`}
                {(undo.erased ?? 0) > 0 && ` ${people(undo.erased!)} had been erased on request since, so they were skipped: erasure can't be undone.`}
                {(undo.groupsDeleted ?? 0) > 0 && ` ${undo.groupsDeleted!.toLocaleString("en-GB")} groups the import created were deleted.`}
              </p>
            )}
            {retention && (
              <Alert role="status" className="border-muted bg-muted/40 text-muted-foreground" data-testid="retention-notice">
                <Clock aria-hidden />
                <AlertDescription className="text-muted-foreground">{retentionSentence(retention, offers, new Date())}</AlertDescription>
              </Alert>
            )}
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Details</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-x-8 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="text-muted-foreground">Source</dt>
              <dd>{SOURCE_LABELS[job.source]}{job.fileName ? ` · ${job.fileName}` : ""}</dd>
              <dt className="text-muted-foreground">Rows</dt>
              <dd>{job.totalRows.toLocaleString("en-GB")}</dd>
              <dt className="text-muted-foreground">Mode</dt>
              <dd>{MODE_LABELS[options.mode]}</dd>
              <dt className="text-muted-foreground">Welcome emails</dt>
              <dd>{welcome ? <WelcomeSummaryText summary={welcome} /> : "Not sent"}</dd>
              <dt className="text-muted-foreground">Blank cells</dt>
              <dd>{options.blankClears ? "Clear the field" : "Leave the field as it is"}</dd>
              <dt className="text-muted-foreground">Mapping</dt>
              <dd>
                <ul className="grid gap-0.5">
                  {mapping.map(([column, key]) => (
                    <li key={column}>
                      {job.headers[Number(column)] || `Column ${Number(column) + 1}`} → {fields.find((f) => f.key === key)?.label ?? key}
                    </li>
                  ))}
                </ul>
              </dd>
            </dl>
          </CardContent>
        </Card>

        <section aria-labelledby="results-heading" className="grid gap-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="results-heading" className="text-lg font-semibold">
              Row results
            </h2>
            <nav aria-label="Filter by outcome" className="flex flex-wrap gap-1 rounded-lg bg-muted p-1 text-sm">
              {OUTCOME_FILTERS.map((key) => (
                <Link
                  key={key}
                  href={`?outcome=${key}`}
                  aria-current={key === outcome ? "page" : undefined}
                  className={cn(
                    "rounded-md px-3 py-1.5 font-medium text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                    key === outcome && "bg-background text-foreground shadow-sm",
                  )}
                >
                  {FILTER_LABELS[key]}
                </Link>
              ))}
            </nav>
          </div>
          <div className="overflow-hidden rounded-lg border">
            <Table>
              <TableHeader>
                <TableRow className="bg-muted/40">
                  <TableHead>Row</TableHead>
                  <TableHead>Email</TableHead>
                  <TableHead>Outcome</TableHead>
                  <TableHead>Details</TableHead>
                  <TableHead>Welcome email</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {results.rows.length === 0 ? (
                  <TableRow>
                    <TableCell colSpan={5} className="h-24 text-center text-muted-foreground">
                      {job.status === "QUEUED" || job.status === "RUNNING" ? "Results appear here as rows are processed." : "No rows with this outcome."}
                    </TableCell>
                  </TableRow>
                ) : (
                  results.rows.map((row) => (
                    <TableRow key={row.rowNumber}>
                      <TableCell className="tabular-nums text-muted-foreground">{row.rowNumber}</TableCell>
                      <TableCell className="font-medium">
                        {row.learnerId ? (
                          <Link href={`/users/${row.learnerId}`} className="hover:underline">{row.email}</Link>
                        ) : (
                          row.email || <span className="font-normal text-muted-foreground" title="Deleted with the file's contents">—</span>
                        )}
                      </TableCell>
                      <TableCell>
                        <ActionBadge action={job.status === "FAILED" && row.outcome === "PENDING" ? "NOT_APPLIED" : row.outcome} />
                      </TableCell>
                      <TableCell className="max-w-md whitespace-normal text-sm text-muted-foreground">
                        {row.message ?? (job.dataPurgedAt && (row.outcome === "FAILED" || row.outcome === "SKIPPED") ? "The reason was deleted with the file's contents." : null)}
                        {row.groups && <GroupChangeText change={row.groups} />}
                      </TableCell>
                      <TableCell className="text-sm">
                        {row.welcome ? (
                          <span
                            className={cn(row.welcome.status === "FAILED" && "text-destructive", row.welcome.status === "SKIPPED" && "text-muted-foreground")}
                            title={row.welcome.error ?? undefined}
                          >
                            {WELCOME_LABELS[row.welcome.status]}
                            {row.welcome.status === "SKIPPED" && <span className="sr-only">: {row.welcome.error}</span>}
                          </span>
                        ) : (
                          <span className="text-muted-foreground">—</span>
                        )}
                      </TableCell>
                    </TableRow>
                  ))
                )}
              </TableBody>
            </Table>
          </div>
          {pageCount > 1 && (
            <nav aria-label="Pages" className="flex items-center justify-between text-sm">
              <span className="text-muted-foreground">
                Page {page} of {pageCount}
              </span>
              <div className="flex gap-2">
                {page > 1 && <Link className="rounded-md border px-3 py-1.5 hover:bg-muted" href={`?outcome=${outcome}&page=${page - 1}`}>Previous</Link>}
                {page < pageCount && <Link className="rounded-md border px-3 py-1.5 hover:bg-muted" href={`?outcome=${outcome}&page=${page + 1}`}>Next</Link>}
              </div>
            </nav>
          )}
        </section>

        <Card>
          <CardHeader>
            <CardTitle>Activity</CardTitle>
          </CardHeader>
          <CardContent>
            <ActivityTable rows={activity} label="Activity on this import" here={`/imports/${job.id}`} empty="Nothing has been logged for this import yet." />
          </CardContent>
        </Card>
      </div>
    </>
  );
}

/** "12 sent · 3 waiting · 2 not sent: imported as archived", leaving out what didn't happen. */
function WelcomeSummaryText({ summary }: { summary: WelcomeSummary }) {
  const n = (count: number) => count.toLocaleString("en-GB");
  const parts = [
    summary.sent > 0 && `${n(summary.sent)} sent`,
    summary.waiting > 0 && `${n(summary.waiting)} waiting to be sent`,
    summary.failed > 0 && `${n(summary.failed)} failed`,
    summary.importedArchived > 0 && `${n(summary.importedArchived)} not sent: imported as archived`,
    summary.archivedBeforeSending > 0 && `${n(summary.archivedBeforeSending)} not sent: archived before the email went out`,
  ].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return <>To new users, once the import has run</>;
  return (
    <ul className="grid gap-0.5">
      {parts.map((part) => (
        <li key={part}>{part}</li>
      ))}
    </ul>
  );
}
