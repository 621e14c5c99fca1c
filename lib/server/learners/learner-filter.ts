import { Prisma } from "@/generated/prisma/client";
import type { LearnerStatus } from "@/lib/validations/learners";

export interface LearnerFilter {
  q?: string;
  status?: LearnerStatus;
}

/** LIKE treats %, _ and \ specially; a search for "50%" means those characters literally. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, "\\$&");
}

/**
 * The WHERE clause shared by the users list, its counts and the export. The
 * search expression must stay identical to the one in the
 * Learner_search_trgm_idx migration, or PostgreSQL can't use the index.
 */
export function learnerWhere(organisationId: string, filter: LearnerFilter): Prisma.Sql {
  const conditions = [Prisma.sql`"organisationId" = ${organisationId}`];
  if (filter.status === "active") conditions.push(Prisma.sql`"active" = true`);
  if (filter.status === "archived") conditions.push(Prisma.sql`"active" = false`);
  const q = filter.q?.trim();
  if (q) {
    const pattern = `%${escapeLike(q.toLowerCase())}%`;
    conditions.push(Prisma.sql`lower("firstName" || ' ' || "lastName" || ' ' || "email") LIKE ${pattern}`);
  }
  return Prisma.join(conditions, " AND ");
}
