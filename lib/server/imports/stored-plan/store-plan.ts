import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { PlannedRow } from "../plan-import";
import { writeBehind } from "../write-behind";
import type { PlanSummary } from "./plan-summary";

export interface PlanStamp {
  /** The draft's plan key when this plan's computation started: storing is refused if it has moved on since. */
  startKey: string | null;
  key: string;
  version: string;
}

/** Only rows that won't be imported keep their detail: see ImportRowPlan.detail. */
export function keepsDetail(action: PlannedRow["action"]): boolean {
  return action === "error" || action === "skip";
}

/** Stores one batch of a draft's planned rows. */
export async function insertPlanRows(tx: Pick<Prisma.TransactionClient, "$executeRaw">, importId: string, rows: PlannedRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "ImportRowPlan" ("importId", "rowNumber", "action", "detail")
    SELECT ${importId}, u.n, u.a, u.d
    FROM unnest(${rows.map((r) => r.rowNumber)}::int[], ${rows.map((r) => r.action)}::text[], ${rows.map(detailOf)}::jsonb[]) AS u(n, a, d)`;
}

/** Marks the stored rows as the plan for this key and version. */
export async function stampPlan(tx: Pick<Prisma.TransactionClient, "$executeRaw">, importId: string, stamp: Omit<PlanStamp, "startKey">, summary: PlanSummary): Promise<void> {
  await tx.$executeRaw`
    UPDATE "ImportJob" SET "planKey" = ${stamp.key}, "planVersion" = ${stamp.version}, "planSummary" = ${JSON.stringify(summary)}::jsonb
    WHERE "id" = ${importId}`;
}

/**
 * Replaces a draft's stored plan in one transaction, while `plan` computes it batch by batch
 * (handing each batch to `store`) and returns the totals. Refused (false, nothing computed) when
 * the draft was queued, discarded or edited after the computation started, or another request
 * stored a plan first: what this one would compute may already be out of date. The draft's row
 * is locked meanwhile, so an edit waits for the plan and then marks it out of date.
 */
export async function storePlan(db: PrismaClient, importId: string, stamp: PlanStamp, plan: (store: (rows: PlannedRow[]) => Promise<void>) => Promise<PlanSummary>): Promise<PlanSummary | null> {
  return db.$transaction(
    async (tx) => {
      const claimed = await tx.$queryRaw<unknown[]>`
        SELECT 1 FROM "ImportJob" WHERE "id" = ${importId} AND "status" = 'DRAFT' AND "planKey" IS NOT DISTINCT FROM ${stamp.startKey}::text FOR UPDATE`;
      if (claimed.length === 0) return null;
      await tx.$executeRaw`DELETE FROM "ImportRowPlan" WHERE "importId" = ${importId}`;
      const rows = writeBehind((batch: PlannedRow[]) => insertPlanRows(tx, importId, batch));
      const summary = await plan(rows.write);
      await rows.flush();
      await stampPlan(tx, importId, stamp, summary);
      return summary;
    },
    { timeout: 600_000, maxWait: 10_000 },
  );
}

function detailOf(row: PlannedRow): string | null {
  if (!keepsDetail(row.action)) return null;
  const detail: Partial<PlannedRow> = { ...row };
  delete detail.rowNumber;
  delete detail.action;
  return JSON.stringify(detail);
}
