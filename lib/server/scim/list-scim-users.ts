import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { ScimFieldMapping } from "@/lib/scim/field-mapping";
import { filterToSql } from "@/lib/scim/filter";
import type { ScimLearner } from "@/lib/scim/user-resource";
import { asScimLearner, SCIM_LEARNER_COLUMNS } from "./scim-learners";

/**
 * One page of the organisation's directory-linked learners matching a SCIM
 * filter, and how many match in all: two set-based queries, the filter
 * translated to SQL, so no organisation is ever read into memory. Ordered by
 * creation, so startIndex pages are stable while users are added.
 */
export async function listScimUsers(
  db: PrismaClient,
  organisationId: string,
  query: { filter: string | null; startIndex: number; count: number; mapping: ScimFieldMapping },
): Promise<{ total: number; learners: ScimLearner[] }> {
  const condition = query.filter ? filterToSql(query.filter, query.mapping) : Prisma.sql`TRUE`;
  const where = Prisma.sql`l."organisationId" = ${organisationId} AND l."scimUserNameKey" IS NOT NULL AND ${condition}`;
  const [{ total }] = await db.$queryRaw<[{ total: number }]>`SELECT count(*)::int AS total FROM "Learner" l WHERE ${where}`;
  if (query.count === 0 || total < query.startIndex) return { total, learners: [] };
  const rows = await db.$queryRaw<Parameters<typeof asScimLearner>[0][]>`
    SELECT ${Prisma.raw(SCIM_LEARNER_COLUMNS)} FROM "Learner" l WHERE ${where}
    ORDER BY l."createdAt", l."id" LIMIT ${query.count} OFFSET ${query.startIndex - 1}`;
  return { total, learners: rows.map(asScimLearner) };
}
