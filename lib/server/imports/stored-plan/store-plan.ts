import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { PlannedRow } from "../plan-import";
import { writeBehind } from "../write-behind";
import type { DefaultAction, PlanSummary } from "./plan-summary";

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

/**
 * Stores one batch of a draft's planned rows, but for rows of the plan's default action (see
 * PlanTotals.defaultAction): the review reads those as "no stored row". A file of new staff stores
 * only its few problems, not 100,000 rows that each say "create".
 */
export async function insertPlanRows(tx: Pick<Prisma.TransactionClient, "$executeRaw">, importId: string, planned: PlannedRow[], defaultAction: PlannedRow["action"] | undefined): Promise<void> {
  const rows = planned.filter((row) => row.action !== defaultAction);
  if (rows.length === 0) return;
  // One JSON parameter: far cheaper to send than an array per column.
  await tx.$executeRaw`
    INSERT INTO "ImportRowPlan" ("importId", "rowNumber", "action", "detail")
    SELECT ${importId}, (e->>0)::int, e->>1, NULLIF(e->2, 'null'::jsonb)
    FROM jsonb_array_elements(${JSON.stringify(rows.map((r) => [r.rowNumber, r.action, detailOf(r)]))}::jsonb) AS e`;
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
      let defaultAction: DefaultAction | undefined;
      const rows = writeBehind((batch: PlannedRow[]) => insertPlanRows(tx, importId, batch, (defaultAction ??= chooseDefaultAction(batch))));
      const summary = await plan(rows.write);
      await rows.flush();
      const stored = { ...summary, defaultAction };
      await stampPlan(tx, importId, stamp, stored);
      return stored;
    },
    { timeout: 600_000, maxWait: 10_000 },
  );
}

/** The commonest action among the first batch that a page can plan again from cells: rows of it are not stored. */
export function chooseDefaultAction(batch: PlannedRow[]): DefaultAction {
  const counts = new Map<DefaultAction, number>();
  for (const { action } of batch) if (action !== "error" && action !== "skip") counts.set(action, (counts.get(action) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "create";
}

function detailOf(row: PlannedRow): Partial<PlannedRow> | null {
  if (!keepsDetail(row.action)) return null;
  const detail: Partial<PlannedRow> = { ...row };
  delete detail.rowNumber;
  delete detail.action;
  return detail;
}
