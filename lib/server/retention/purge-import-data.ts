import type { PrismaClient } from "@/generated/prisma/client";
import { claimExpiredImports, claimStaleDrafts, pendingDraftDeletions, pendingImportPurges } from "./claim-expired-imports";
import { DRAFT_MAX_AGE_DAYS } from "./retention-policy";
import { deleteRowBatch, scrubImportRowBatch } from "./scrub-import-rows";

/**
 * Rows per statement. Each statement commits on its own, so row locks last one
 * batch: 5,000 rows of a few hundred bytes is well under a second on modest
 * hardware, short enough that an import or undo touching the same tables
 * never waits noticeably, and large enough that a million rows take 200 statements.
 */
export const PURGE_BATCH_ROWS = 5_000;
/** Imports claimed per statement (a claim touches only ImportJob rows). */
const CLAIM_LIMIT = 100;

/** What a run purged in one organisation. */
export interface PurgeCounts {
  organisationId: string;
  /** Imports whose rows were all scrubbed. */
  imports: number;
  rows: number;
  drafts: number;
}

export interface PurgeStepResult {
  counts: PurgeCounts[];
  /** False when the step ran out of its batch budget (or was asked to stop) with work left. */
  done: boolean;
}

export interface PurgeOptions {
  now?: Date;
  /** Statements this call may run before returning with `done: false` (an Inngest step's share). */
  maxBatches?: number;
  batchRows?: number;
  /** Checked between statements: the in-process runner stops the purge when the app shuts down. */
  shouldStop?: () => boolean;
}

/**
 * One bounded slice of the retention purge, across every organisation:
 * finished imports past their organisation's period lose their rows' cells,
 * values and messages (outcomes, learner links and the import's counts stay),
 * then drafts unconfirmed for 30 days are deleted. Idempotent and resumable:
 * whatever a stopped run left part-way, the next one finishes first.
 */
export async function purgeImportDataStep(db: PrismaClient, options: PurgeOptions = {}): Promise<PurgeStepResult> {
  const { now = new Date(), maxBatches = Infinity, batchRows = PURGE_BATCH_ROWS, shouldStop = () => false } = options;
  const counts = new Map<string, PurgeCounts>();
  const tally = (organisationId: string) => counts.get(organisationId) ?? counts.set(organisationId, { organisationId, imports: 0, rows: 0, drafts: 0 }).get(organisationId)!;
  let batches = 0;
  const outOfBudget = () => batches >= maxBatches || shouldStop();
  const result = (done: boolean): PurgeStepResult => ({ counts: [...counts.values()], done });
  /** Deletes an import's rows from `table` in batches; false if the budget ran out first. */
  const deleteAll = async (table: "ImportRow" | "ImportRowPlan", importId: string) => {
    for (;;) {
      if (outOfBudget()) return false;
      batches++;
      if ((await deleteRowBatch(db, table, importId, batchRows)) < batchRows) return true;
    }
  };

  for (;;) {
    await claimExpiredImports(db, now, CLAIM_LIMIT);
    const pending = await pendingImportPurges(db, CLAIM_LIMIT);
    if (pending.length === 0) break;
    for (const job of pending) {
      for (let after = 0; ; ) {
        if (outOfBudget()) return result(false);
        batches++;
        const batch = await scrubImportRowBatch(db, job.id, after, batchRows);
        tally(job.organisationId).rows += batch.rows;
        if (batch.rows === 0) break;
        after = batch.last;
      }
      if (!(await deleteAll("ImportRowPlan", job.id))) return result(false);
      // Its welcome batches name the learners it created: sent ones are of no further use.
      await db.welcomeBatch.deleteMany({ where: { importId: job.id, finishedAt: { not: null } } });
      const finished = await db.importJob.updateMany({ where: { id: job.id, dataPurgeFinishedAt: null }, data: { dataPurgeFinishedAt: now } });
      tally(job.organisationId).imports += finished.count;
    }
  }

  const staleBefore = new Date(now.getTime() - DRAFT_MAX_AGE_DAYS * 24 * 60 * 60 * 1000);
  for (;;) {
    await claimStaleDrafts(db, now, staleBefore, CLAIM_LIMIT);
    const pending = await pendingDraftDeletions(db, CLAIM_LIMIT);
    if (pending.length === 0) break;
    for (const draft of pending) {
      if (!(await deleteAll("ImportRowPlan", draft.id)) || !(await deleteAll("ImportRow", draft.id))) return result(false);
      const deleted = await db.importJob.deleteMany({ where: { id: draft.id, status: "DRAFT", dataPurgedAt: { not: null } } });
      tally(draft.organisationId).drafts += deleted.count;
    }
  }
  return result(true);
}

/** Adds up the counts of several steps, one entry per organisation. */
export function mergePurgeCounts(...lists: PurgeCounts[][]): PurgeCounts[] {
  const merged = new Map<string, PurgeCounts>();
  for (const entry of lists.flat()) {
    const sum = merged.get(entry.organisationId) ?? { organisationId: entry.organisationId, imports: 0, rows: 0, drafts: 0 };
    merged.set(entry.organisationId, { ...sum, imports: sum.imports + entry.imports, rows: sum.rows + entry.rows, drafts: sum.drafts + entry.drafts });
  }
  return [...merged.values()];
}
