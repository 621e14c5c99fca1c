import { Prisma } from "@/generated/prisma/client";
import type { LearnerStatus } from "@/lib/validations/learners";

export interface LearnerFilter {
  q?: string;
  status?: LearnerStatus;
  /** A group's id: only its members. Another organisation's group has none of this one's learners. */
  group?: string;
}

/** LIKE treats %, _ and \ specially; a search for "50%" means those characters literally. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, "\\$&");
}

/**
 * The WHERE clause shared by the users list, its counts and the export. The
 * search ignores accents and case (rollcall_search_text: unaccent + lower, in
 * SQL so the search and the names are folded alike); its expression must stay
 * identical to the Learner_search_trgm_idx index's, or PostgreSQL can't use it.
 */
export function learnerWhere(organisationId: string, filter: LearnerFilter): Prisma.Sql {
  const conditions = [Prisma.sql`"organisationId" = ${organisationId}`];
  if (filter.status === "active") conditions.push(Prisma.sql`"active" = true`);
  if (filter.status === "archived") conditions.push(Prisma.sql`"active" = false`);
  if (filter.group) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "GroupMember" gm WHERE gm."groupId" = ${filter.group} AND gm."learnerId" = "Learner"."id")`);
  }
  const q = filter.q?.trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    conditions.push(Prisma.sql`"rollcall_search_text"("firstName" || ' ' || "lastName" || ' ' || "email") LIKE "rollcall_search_text"(${pattern})`);
  }
  return Prisma.join(conditions, " AND ");
}
