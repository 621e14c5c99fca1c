import type { PrismaClient } from "@/generated/prisma/client";
import { listFields } from "@/lib/server/fields/list-fields";
import { readMapping, readOptions } from "../import-options";
import { createPlanner, type PlannedRow, planRows } from "../plan-import";
import { readImportRowBatches } from "../read-import-rows";
import { readLearnersVersion } from "./learners-version";
import { editedPlanKey, planKey } from "./plan-key";
import { defaultFilter, filteredTotal, REVIEW_FILTERS, type PlanSummary, type ReviewFilter } from "./plan-summary";
import { keepsDetail, storePlan } from "./store-plan";

export interface ReviewQuery {
  filter?: ReviewFilter;
  page: number;
  pageSize: number;
}

/**
 * One page of a draft's review. The plan is computed once per draft + mapping + options + fields
 * + state of the organisation's learners and stored; a page or filter change reads the stored
 * rows. Whenever any of those has changed since (another import, an edit in the directory, a
 * fixed row), the plan is computed again before anything is shown: the review never presents a
 * stale plan as current.
 */
export async function loadReview(db: PrismaClient, organisationId: string, importId: string, query: ReviewQuery) {
  for (let attempt = 0; ; attempt++) {
    const job = await db.importJob.findFirstOrThrow({ where: { id: importId, organisationId } });
    const fields = await listFields(db, organisationId, { withGroups: true });
    const options = readOptions(job.options);
    const context = { job, fields, options };
    const key = planKey({ source: job.source, mapping: readMapping(job.mapping), options, fields });
    // Read before the learners are: a change made while the plan is computed leaves it marked stale.
    const version = await readLearnersVersion(db, organisationId);

    let summary = job.planKey === key && job.planVersion === version ? (job.planSummary as unknown as PlanSummary | null) : null;
    const computed = !summary;
    if (attempt >= 2) return { job, fields, options, ...(await planPageUnstored(db, organisationId, context, query)), computed: true };
    summary ??= await storePlan(db, importId, { startKey: job.planKey, key, version }, (store) => planDraft(db, organisationId, context, store));
    // Null: another request stored a plan first, or the draft changed meanwhile; read it again.
    if (!summary) continue;
    const page = pageOf(summary, query);
    const rows = await readPlanPage(db, organisationId, context, summary, page.filter, (page.page - 1) * query.pageSize, query.pageSize);
    if (rows) return { job, fields, options, summary, ...page, rows, computed };
    // A page that plans differently from what was stored means the plan is out of date after all.
    await db.importJob.updateMany({ where: { id: importId, planKey: key }, data: { planKey: editedPlanKey() } });
  }
}

type PlanContext = { job: Parameters<typeof createPlanner>[2] & { id: string }; fields: Parameters<typeof createPlanner>[3]; options: Parameters<typeof createPlanner>[4] };

/** Plans every row of the draft, batch by batch, handing each batch on; returns the totals. */
async function planDraft(db: PrismaClient, organisationId: string, { job, fields, options }: PlanContext, onBatch: (rows: PlannedRow[]) => Promise<void> | void): Promise<PlanSummary> {
  const planner = createPlanner(db, organisationId, job, fields, options);
  for await (const batch of readImportRowBatches(db, job.id)) await onBatch(await planner.plan(batch));
  return planner.totals();
}

/** A page of a plan that could not be stored: planned twice (the totals decide the page), kept only for the page. */
async function planPageUnstored(db: PrismaClient, organisationId: string, context: PlanContext, query: ReviewQuery) {
  const summary = await planDraft(db, organisationId, context, () => {});
  const page = pageOf(summary, query);
  const actions: readonly string[] | null = REVIEW_FILTERS[page.filter].actions;
  const skip = (page.page - 1) * query.pageSize;
  const rows: PlannedRow[] = [];
  let index = 0;
  await planDraft(db, organisationId, context, (planned) => {
    for (const row of planned) {
      if (actions && !actions.includes(row.action)) continue;
      if (index >= skip && index < skip + query.pageSize) rows.push(row);
      index++;
    }
  });
  return { summary, ...page, rows };
}

export type ReviewPage = Awaited<ReturnType<typeof loadReview>>;

function pageOf(summary: PlanSummary, query: ReviewQuery) {
  const filter = query.filter ?? defaultFilter(summary.counts);
  const total = filteredTotal(summary.counts, filter);
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  return { filter, total, pageCount, page: Math.min(pageCount, Math.max(1, Math.floor(query.page) || 1)) };
}

/**
 * A page of the stored plan: errors and skips as stored, the other rows planned again from their
 * cells (see ImportRowPlan.detail). Null when one of them no longer plans to the stored action.
 */
async function readPlanPage(db: PrismaClient, organisationId: string, context: PlanContext, summary: PlanSummary, filter: ReviewFilter, skip: number, take: number): Promise<PlannedRow[] | null> {
  const actions = REVIEW_FILTERS[filter].actions;
  const stored = summary.defaultAction && (!actions || (actions as readonly string[]).includes(summary.defaultAction))
    ? await readWithDefault(db, context.job.id, summary.defaultAction, actions, skip, take)
    : await db.importRowPlan.findMany({
        where: { importId: context.job.id, ...(actions ? { action: { in: [...actions] } } : {}) },
        orderBy: { rowNumber: "asc" },
        skip,
        take,
        select: { rowNumber: true, action: true, detail: true },
      });
  const replan = stored.filter((row) => !keepsDetail(row.action as PlannedRow["action"])).map((row) => row.rowNumber);
  const fresh = new Map<number, PlannedRow>();
  if (replan.length) {
    const cells = await db.importRow.findMany({ where: { importId: context.job.id, rowNumber: { in: replan } }, orderBy: { rowNumber: "asc" }, select: { rowNumber: true, cells: true, message: true, outcome: true } });
    for (const row of await planRows(db, organisationId, context.job, context.fields, context.options, cells)) fresh.set(row.rowNumber, row);
  }
  const rows: PlannedRow[] = [];
  for (const row of stored) {
    const planned = row.detail ? { rowNumber: row.rowNumber, action: row.action as PlannedRow["action"], ...(row.detail as unknown as Omit<PlannedRow, "rowNumber" | "action">) } : fresh.get(row.rowNumber);
    if (!planned || planned.action !== row.action) return null;
    rows.push(planned);
  }
  return rows;
}

/** A page when the plan's default action is among the filter's: rows without a stored plan row have that action. */
async function readWithDefault(db: PrismaClient, importId: string, defaultAction: string, actions: readonly string[] | null, skip: number, take: number) {
  return db.$queryRaw<{ rowNumber: number; action: string; detail: unknown }[]>`
    SELECT r."rowNumber", COALESCE(p."action", ${defaultAction}) AS "action", p."detail"
    FROM "ImportRow" r LEFT JOIN "ImportRowPlan" p ON p."importId" = r."importId" AND p."rowNumber" = r."rowNumber"
    WHERE r."importId" = ${importId} AND (${actions === null} OR p."action" IS NULL OR p."action" = ANY(${[...(actions ?? [])]}::text[]))
    ORDER BY r."rowNumber" OFFSET ${skip} LIMIT ${take}`;
}
