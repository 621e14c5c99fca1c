import type { PrismaClient } from "@/generated/prisma/client";
import { listFields } from "@/lib/server/fields/list-fields";
import { readMapping, readOptions } from "../import-options";
import { planImport, type PlannedRow } from "../plan-import";
import { readLearnersVersion } from "./learners-version";
import { planKey } from "./plan-key";
import { defaultFilter, filteredTotal, REVIEW_FILTERS, type PlanSummary, type ReviewFilter } from "./plan-summary";
import { storePlan } from "./store-plan";

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
  const job = await db.importJob.findFirstOrThrow({ where: { id: importId, organisationId } });
  const fields = await listFields(db, organisationId, { withGroups: true });
  const options = readOptions(job.options);
  const key = planKey({ source: job.source, mapping: readMapping(job.mapping), options, fields });
  // Read before the learners are: a change made while the plan is computed leaves it marked stale.
  const version = await readLearnersVersion(db, organisationId);

  if (job.planKey === key && job.planVersion === version && job.planSummary) {
    const summary = job.planSummary as unknown as PlanSummary;
    const page = pageOf(summary, query);
    const rows = await readPlanRows(db, importId, page.filter, (page.page - 1) * query.pageSize, query.pageSize);
    return { job, fields, options, summary, ...page, rows, computed: false };
  }

  const plan = await planImport(db, organisationId, importId);
  const summary: PlanSummary = { counts: plan.counts, welcomeEmails: plan.welcomeEmails, newGroups: plan.newGroups, hasGroupsColumn: plan.hasGroupsColumn };
  await storePlan(db, importId, { startKey: job.planKey, key, version, summary, rows: plan.rows });
  const page = pageOf(summary, query);
  const actions: readonly string[] | null = REVIEW_FILTERS[page.filter].actions;
  const rows = (actions ? plan.rows.filter((r) => actions.includes(r.action)) : plan.rows).slice((page.page - 1) * query.pageSize, page.page * query.pageSize);
  return { job, fields, options, summary, ...page, rows, computed: true };
}

export type ReviewPage = Awaited<ReturnType<typeof loadReview>>;

function pageOf(summary: PlanSummary, query: ReviewQuery) {
  const filter = query.filter ?? defaultFilter(summary.counts);
  const total = filteredTotal(summary.counts, filter);
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  return { filter, total, pageCount, page: Math.min(pageCount, Math.max(1, Math.floor(query.page) || 1)) };
}

async function readPlanRows(db: Pick<PrismaClient, "importRowPlan">, importId: string, filter: ReviewFilter, skip: number, take: number): Promise<PlannedRow[]> {
  const actions = REVIEW_FILTERS[filter].actions;
  const rows = await db.importRowPlan.findMany({
    where: { importId, ...(actions ? { action: { in: [...actions] } } : {}) },
    orderBy: { rowNumber: "asc" },
    skip,
    take,
  });
  return rows.map((row) => ({ rowNumber: row.rowNumber, action: row.action as PlannedRow["action"], ...(row.detail as unknown as Omit<PlannedRow, "rowNumber" | "action">) }));
}
