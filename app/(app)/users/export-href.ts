import type { LearnerListQuery } from "@/lib/validations/learners";

/** The export follows the list's search, status and group, so "Export CSV" downloads what the admin is looking at. */
export function exportHref(query: Pick<LearnerListQuery, "status" | "q" | "group">) {
  const params = new URLSearchParams({ status: query.status });
  if (query.q) params.set("q", query.q);
  if (query.group) params.set("group", query.group);
  return `/api/users/export?${params}`;
}
