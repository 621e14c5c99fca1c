// Stage 1c: the review page's loadReview on the uploaded draft: the first view (the plan stored at
// upload, or computed and stored here), then later pages and filters, which read the stored plan.
import { getDb } from "@/lib/db";
import { loadReview } from "@/lib/server/imports/stored-plan/load-review";
import { REVIEW_FILTERS, type ReviewFilter } from "@/lib/server/imports/stored-plan/plan-summary";
import { percentile } from "../support/stats";
import { runStage, seconds, stageArgs } from "../support/stage-io";
import type { OrgRef, ReviewResult } from "../support/stage-types";

const { org, importId, warmUpImportId } = stageArgs<{ org: OrgRef; importId: string; warmUpImportId?: string }>();
const PAGE_SIZE = 50;
const PAGING_RUNS = 40;

await runStage(async (): Promise<ReviewResult> => {
  const db = await getDb();
  if (warmUpImportId) await loadReview(db, org.organisationId, warmUpImportId, { page: 1, pageSize: PAGE_SIZE });
  const planStart = performance.now();
  const first = await loadReview(db, org.organisationId, importId, { page: 1, pageSize: PAGE_SIZE });
  const planSeconds = seconds(planStart);

  // Every filter, at its first, last and a spread of middle pages, as an admin clicking through.
  const filters = Object.keys(REVIEW_FILTERS) as ReviewFilter[];
  const pageMs: number[] = [];
  for (let run = 0; run < PAGING_RUNS; run++) {
    const filter = filters[run % filters.length]!;
    const page = run < filters.length ? 1 : Math.ceil(((run * 7919) % 1000) / 1000 * first.pageCount) || first.pageCount;
    const start = performance.now();
    const view = await loadReview(db, org.organisationId, importId, { filter, page, pageSize: PAGE_SIZE });
    pageMs.push(performance.now() - start);
    if (view.computed) throw new Error("The stored plan was recomputed while paging: nothing changed");
  }
  const counts = first.summary.counts;
  const rows = counts.create + counts.update + counts.unchanged + counts.skip + counts.error;
  return { rows, planSeconds, computed: first.computed, counts: { ...counts }, paging: { runs: PAGING_RUNS, p50Ms: percentile(pageMs, 50), p95Ms: percentile(pageMs, 95) } };
});
