import type { PrismaClient } from "@/generated/prisma/client";

/**
 * The state of an organisation's learners, groups and memberships, as the LearnersChange marks
 * the database's triggers write. Both the count and the highest id: a transaction that took an
 * id earlier but committed later raises the count without raising the maximum, and a cleanup
 * that deletes old marks changes it too (which only makes a plan recompute).
 */
export async function readLearnersVersion(db: Pick<PrismaClient, "$queryRaw">, organisationId: string): Promise<string> {
  const [row] = await db.$queryRaw<{ count: bigint; max: bigint | null }[]>`
    SELECT count(*) AS count, max("id") AS max FROM "LearnersChange" WHERE "organisationId" = ${organisationId}`;
  return `${row?.count ?? 0n}:${row?.max ?? 0n}`;
}
