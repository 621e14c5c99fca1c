import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { PageHeader } from "@/components/app-shell/page-header";
import { Stepper } from "@/components/imports/stepper";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { getImport } from "@/lib/server/imports/get-import";
import { readMapping } from "@/lib/server/imports/import-options";
import { planImport, type PlannedRow } from "@/lib/server/imports/plan-import";
import { cn } from "@/lib/utils";
import { ConfirmPanel } from "./confirm-panel";
import { NewGroupsNotice } from "./new-groups-notice";
import { ReviewTable } from "./review-table";
import { SummaryCards } from "./summary-cards";

export const metadata: Metadata = { title: "Review changes" };

const PAGE_SIZE = 50;
const FILTERS = {
  all: { label: "All rows", test: () => true },
  problems: { label: "Only rows with problems", test: (r: PlannedRow) => r.action === "error" || r.action === "skip" },
  create: { label: "New", test: (r: PlannedRow) => r.action === "create" },
  update: { label: "Updated", test: (r: PlannedRow) => r.action === "update" },
  unchanged: { label: "Unchanged", test: (r: PlannedRow) => r.action === "unchanged" },
} as const;
type FilterKey = keyof typeof FILTERS;

export default async function ReviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ filter?: string; page?: string }> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const admin = await requirePermission("imports:write");
  const db = await getDb();
  const job = await getImport(db, admin.organisationId, id);
  if (!job) notFound();
  if (job.status !== "DRAFT") redirect(`/imports/${job.id}`);

  const plan = await planImport(db, admin.organisationId, job.id);
  const filter: FilterKey = query.filter && query.filter in FILTERS ? (query.filter as FilterKey) : plan.counts.error + plan.counts.skip > 0 ? "problems" : "all";
  const filtered = plan.rows.filter(FILTERS[filter].test);
  const pageCount = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const page = Math.min(pageCount, Math.max(1, Number(query.page) || 1));
  const visible = filtered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);

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
  const href = (next: { filter?: FilterKey; page?: number }) => `?filter=${next.filter ?? filter}&page=${next.page ?? 1}`;

  return (
    <>
      <PageHeader
        title="Review changes"
        description={`Nothing has been written yet. This is what importing ${job.fileName ?? "the pasted users"} will do, checked against your current users.`}
      />
      <Stepper current="Review" />
      <div className="grid gap-6">
        <SummaryCards counts={plan.counts} />
        <NewGroupsNotice newGroups={plan.newGroups} create={plan.options.newGroups === "create"} />
        <section aria-labelledby="rows-heading" className="grid gap-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="rows-heading" className="text-lg font-semibold">
              Rows
            </h2>
            <nav aria-label="Filter rows" className="flex flex-wrap gap-1 rounded-lg bg-muted p-1 text-sm">
              {(Object.keys(FILTERS) as FilterKey[]).map((key) => (
                <Link
                  key={key}
                  href={href({ filter: key })}
                  aria-current={key === filter ? "page" : undefined}
                  className={cn(
                    "rounded-md px-3 py-1.5 font-medium text-muted-foreground transition-colors hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                    key === filter && "bg-background text-foreground shadow-sm",
                  )}
                >
                  {FILTERS[key].label}
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
                Showing {((page - 1) * PAGE_SIZE + 1).toLocaleString("en-GB")}–{Math.min(page * PAGE_SIZE, filtered.length).toLocaleString("en-GB")} of {filtered.length.toLocaleString("en-GB")}
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
          counts={plan.counts}
          welcomeEmails={plan.welcomeEmails}
          source={job.source}
          hasGroupsColumn={plan.hasGroupsColumn}
          newGroups={plan.newGroups}
        />
      </div>
    </>
  );
}
