import type { PlanCounts, PlanTotals } from "../plan-import";

/**
 * What the review shows above and below its rows; stored with the plan (ImportJob.planSummary).
 * `defaultAction`: the action of every row without an ImportRowPlan row (see insertPlanRows);
 * absent in plans stored before, which have a row for every row.
 */
export type PlanSummary = PlanTotals & { defaultAction?: DefaultAction };
export type DefaultAction = "create" | "update" | "unchanged";

export const REVIEW_FILTERS = {
  all: { label: "All rows", actions: null },
  problems: { label: "Only rows with problems", actions: ["error", "skip"] },
  create: { label: "New", actions: ["create"] },
  update: { label: "Updated", actions: ["update"] },
  unchanged: { label: "Unchanged", actions: ["unchanged"] },
} as const;
export type ReviewFilter = keyof typeof REVIEW_FILTERS;

export function isReviewFilter(value: string | undefined): value is ReviewFilter {
  return value !== undefined && Object.hasOwn(REVIEW_FILTERS, value);
}

/** Rows with problems first when there are any: that's what the admin has to look at. */
export function defaultFilter(counts: PlanCounts): ReviewFilter {
  return counts.error + counts.skip > 0 ? "problems" : "all";
}

/** How many rows a filter shows, from the counts alone. */
export function filteredTotal(counts: PlanCounts, filter: ReviewFilter): number {
  const actions = REVIEW_FILTERS[filter].actions;
  if (!actions) return counts.create + counts.update + counts.unchanged + counts.skip + counts.error;
  return actions.reduce((sum, action) => sum + counts[action], 0);
}
