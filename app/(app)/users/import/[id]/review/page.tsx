import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { PageHeader } from "@/components/app-shell/page-header";
import { Stepper } from "@/components/imports/stepper";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { getImport } from "@/lib/server/imports/get-import";
import { readMapping } from "@/lib/server/imports/import-options";
import { loadReview } from "@/lib/server/imports/stored-plan/load-review";
import { isReviewFilter, REVIEW_FILTERS, type ReviewFilter } from "@/lib/server/imports/stored-plan/plan-summary";
import { cn } from "@/lib/utils";
import { ConfirmPanel } from "./confirm-panel";
import { NewGroupsNotice } from "./new-groups-notice";
import { ReviewTable } from "./review-table";
import { SummaryCards } from "./summary-cards";

export const metadata: Metadata = { title: "Review changes" };

const PAGE_SIZE = 50;

export default async function ReviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ filter?: string; page?: string }> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const admin = await requirePermission("imports:write");
  const db = await getDb();
  const draft = await getImport(db, admin.organisationId, id);
  if (!draft) notFound();
  if (draft.status !== "DRAFT") redirect(`/imports/${draft.id}`);

  const plan = await loadReview(db, admin.organisationId, draft.id, { filter: isReviewFilter(query.filter) ? query.filter : undefined, page: Number(query.page) || 1, pageSize: PAGE_SIZE });
  const { job, filter, page, pageCount, rows: visible } = plan;

  const mapping = readMapping(job.mapping);
  const mappedColumns = Object.entries(mapping).map(([column, key]) => ({
    column: Number(column),
    header: job.headers[Number(column)] ?? "",
    label: plan.fields.find((f) => f.key === key)?.label ?? key,
  }));
  const errorRowNumbers = visible.filter((r) => r.action === "error").map((r) => r.rowNumber);
  const cells = errorRowNumbers.length
    ? await db.importRow.findMany({ where: { importId: job.id, rowNumber: { in: errorRowNumbers } }, select: { rowNumber: true, cells: true } })
    : [];
  const labels = Object.fromEntries(plan.fields.map((f) => [f.key, f.label]));
  const href = (next: { filter?: ReviewFilter; page?: number }) => `?filter=${next.filter ?? filter}&page=${next.page ?? 1}`;

  return (
    <>
      <PageHeader
        title="Review changes"
        description={`Nothing has been written yet. This is what importing ${job.fileName ?? "the pasted users"} will do, checked against your current users.`}
      />
      <Stepper current="Review" />
      <div className="grid gap-6">
        <SummaryCards counts={plan.summary.counts} />
        <NewGroupsNotice newGroups={plan.summary.newGroups} create={plan.options.newGroups === "create"} />
        <section aria-labelledby="rows-heading" className="grid gap-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="rows-heading" className="text-lg font-semibold">
              Rows
            </h2>
            <nav aria-label="Filter rows" className="flex flex-wrap gap-1 rounded-lg bg-muted p-1 text-sm">
              {(Object.keys(REVIEW_FILTERS) as ReviewFilter[]).map((key) => (
                <Link
                  key={key}
                  href={href({ filter: key })}
                  aria-current={key === filter ? "page" : undefined}
                  className={cn(
                    "rounded-md px-3 py-1.5 font-medium text-muted-foreground transition-colors hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                    key === filter && "bg-background text-foreground shadow-sm",
                  )}
                >
                  {REVIEW_FILTERS[key].label}
                </Link>
              ))}
            </nav>
          </div>
          <ReviewTable
            importId={job.id}
            rows={visible}
            labels={labels}
            mappedColumns={mappedColumns}
            cellsByRow={Object.fromEntries(cells.map((c) => [c.rowNumber, c.cells]))}
            emptyMessage={filter === "problems" ? "No problems found: every row can be imported." : "No rows match this filter."}
          />
          {pageCount > 1 && (
            <nav aria-label="Pages" className="flex items-center justify-between text-sm">
              <span className="text-muted-foreground">
                Showing {((page - 1) * PAGE_SIZE + 1).toLocaleString("en-GB")}–{Math.min(page * PAGE_SIZE, plan.total).toLocaleString("en-GB")} of {plan.total.toLocaleString("en-GB")}
              </span>
              <div className="flex gap-2">
                {page > 1 && (
                  <Link className="rounded-md border px-3 py-1.5 hover:bg-muted" href={href({ page: page - 1 })}>
                    Previous
                  </Link>
                )}
                {page < pageCount && (
                  <Link className="rounded-md border px-3 py-1.5 hover:bg-muted" href={href({ page: page + 1 })}>
                    Next
                  </Link>
                )}
              </div>
            </nav>
          )}
        </section>
        <ConfirmPanel
          importId={job.id}
          options={plan.options}
          counts={plan.summary.counts}
          welcomeEmails={plan.summary.welcomeEmails}
          source={job.source}
          hasGroupsColumn={plan.summary.hasGroupsColumn}
          newGroups={plan.summary.newGroups}
        />
      </div>
    </>
  );
}
