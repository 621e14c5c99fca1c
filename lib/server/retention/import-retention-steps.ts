import { getDb } from "@/lib/db";
import type { Steps } from "@/lib/server/jobs/steps";
import { mergePurgeCounts, type PurgeCounts, purgeImportDataStep } from "./purge-import-data";
import { recordImportDataPurge } from "./record-import-data-purge";

/** Statements per step: at most 40 × 5,000 rows, well inside a serverless request's time limit. */
const BATCHES_PER_STEP = 40;
/** Inngest allows 1,000 steps per run; a backlog larger than this many slices carries on at the next run. */
const MAX_SLICES = 900;

/**
 * The retention purge as the scheduled Inngest function runs it: the same
 * bounded slices as runImportRetention(), each its own step (so a retry
 * resumes after the last finished one), then one activity entry per
 * organisation for the whole run. `now` is a step too, so every retry
 * measures the periods from the same moment.
 */
export async function importRetentionSteps(step: Steps) {
  const db = await getDb();
  const now = new Date(await step.run("now", async () => new Date().toISOString()));
  const slices: PurgeCounts[][] = [];
  for (let i = 0; i < MAX_SLICES; i++) {
    const slice = await step.run(`purge-${i}`, () => purgeImportDataStep(db, { now, maxBatches: BATCHES_PER_STEP }));
    slices.push(slice.counts);
    if (slice.done) break;
  }
  const counts = mergePurgeCounts(...slices);
  await step.run("record-activity", () => recordImportDataPurge(db, counts));
  return {
    imports: counts.reduce((sum, c) => sum + c.imports, 0),
    rows: counts.reduce((sum, c) => sum + c.rows, 0),
    drafts: counts.reduce((sum, c) => sum + c.drafts, 0),
  };
}
