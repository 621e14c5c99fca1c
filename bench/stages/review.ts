// Stage 1b: upload → review as the wizard does it: createCsvDraft (upload route), then the review
// page's loadReview: the first view computes and stores the plan, later pages and filters read it.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { getDb } from "@/lib/db";
import { createCsvDraft } from "@/lib/server/imports/create-csv-draft";
import { importOptionsSchema } from "@/lib/server/imports/import-options";
import { loadReview } from "@/lib/server/imports/stored-plan/load-review";
import { REVIEW_FILTERS, type ReviewFilter } from "@/lib/server/imports/stored-plan/plan-summary";
import { percentile } from "../support/stats";
import { runStage, seconds, stageArgs } from "../support/stage-io";
import type { OrgRef, ReviewResult } from "../support/stage-types";
import { warmUpBytes } from "../support/warm-up";

const { org, file } = stageArgs<{ org: OrgRef; file: string }>();
const options = importOptionsSchema.parse({});
const PAGE_SIZE = 50;
const PAGING_RUNS = 40;

await runStage(async (): Promise<ReviewResult> => {
  const db = await getDb();
  const warmUp = await createCsvDraft(db, { ...org, fileName: "warm-up.csv", bytes: warmUpBytes(), options });
  if (warmUp.ok) await loadReview(db, org.organisationId, warmUp.importId, { page: 1, pageSize: PAGE_SIZE });

  const bytes = new Uint8Array(readFileSync(file));
  const uploadStart = performance.now();
  const draft = await createCsvDraft(db, { ...org, fileName: basename(file), bytes, options });
  const uploadSeconds = seconds(uploadStart);
  if (!draft.ok) throw new Error(draft.errors.join(" "));
  const planStart = performance.now();
  const first = await loadReview(db, org.organisationId, draft.importId, { page: 1, pageSize: PAGE_SIZE });
  const planSeconds = seconds(planStart);

  // Every filter, at its first, last and a spread of middle pages, as an admin clicking through.
  const filters = Object.keys(REVIEW_FILTERS) as ReviewFilter[];
  const pageMs: number[] = [];
  for (let run = 0; run < PAGING_RUNS; run++) {
    const filter = filters[run % filters.length]!;
    const page = run < filters.length ? 1 : Math.ceil(((run * 7919) % 1000) / 1000 * first.pageCount) || first.pageCount;
    const start = performance.now();
    const view = await loadReview(db, org.organisationId, draft.importId, { filter, page, pageSize: PAGE_SIZE });
    pageMs.push(performance.now() - start);
    if (view.computed) throw new Error("The stored plan was recomputed while paging: nothing changed");
  }
  const counts = first.summary.counts;
  const rows = counts.create + counts.update + counts.unchanged + counts.skip + counts.error;
  return { rows, uploadSeconds, planSeconds, counts: { ...counts }, paging: { runs: PAGING_RUNS, p50Ms: percentile(pageMs, 50), p95Ms: percentile(pageMs, 95) } };
});
