import type { PrismaClient } from "@/generated/prisma/client";
import type { PlannedRow } from "../plan-import";
import type { PlanSummary } from "./plan-summary";

/** Rows per INSERT: a 100,000-row plan is 20 statements of ~1 MB of parameters each. */
const BATCH = 5_000;

export interface PlanToStore {
  /** The draft's plan key when this plan's computation started: storing is refused if it has moved on since. */
  startKey: string | null;
  key: string;
  version: string;
  summary: PlanSummary;
  rows: PlannedRow[];
}

/**
 * Replaces a draft's stored plan, in one transaction. Refused (false) when the draft was queued,
 * discarded or edited after the computation started, or another request stored a plan first:
 * what this one computed may already be out of date, and the next read computes afresh.
 */
export async function storePlan(db: PrismaClient, importId: string, plan: PlanToStore): Promise<boolean> {
  return db.$transaction(
    async (tx) => {
      const claimed = await tx.$executeRaw`
        UPDATE "ImportJob" SET "planKey" = ${plan.key}, "planVersion" = ${plan.version}, "planSummary" = ${JSON.stringify(plan.summary)}::jsonb
        WHERE "id" = ${importId} AND "status" = 'DRAFT' AND "planKey" IS NOT DISTINCT FROM ${plan.startKey}::text`;
      if (!claimed) return false;
      await tx.$executeRaw`DELETE FROM "ImportRowPlan" WHERE "importId" = ${importId}`;
      for (let start = 0; start < plan.rows.length; start += BATCH) {
        const batch = plan.rows.slice(start, start + BATCH);
        await tx.$executeRaw`
          INSERT INTO "ImportRowPlan" ("importId", "rowNumber", "action", "detail")
          SELECT ${importId}, u.n, u.a, u.d::jsonb
          FROM unnest(${batch.map((r) => r.rowNumber)}::int[], ${batch.map((r) => r.action)}::text[], ${batch.map(detailOf)}::text[]) AS u(n, a, d)`;
      }
      return true;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/** The row without the two fields that have columns of their own. */
function detailOf(row: PlannedRow): string {
  const detail: Partial<PlannedRow> = { ...row };
  delete detail.rowNumber;
  delete detail.action;
  return JSON.stringify(detail);
}
