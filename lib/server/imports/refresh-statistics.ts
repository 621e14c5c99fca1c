import type { PrismaClient } from "@/generated/prisma/client";

/** Rows written at once from which the tables' statistics are refreshed straight away. */
export const BULK_WRITE_ROWS = 10_000;

const TABLES = {
  learners: `"Learner", "GroupMember"`,
  importRows: `"ImportRow", "ImportRowPlan"`,
} as const;

/**
 * ANALYZE after a bulk write. Until autovacuum gets to it (a minute or more later), PostgreSQL
 * plans with statistics that don't know the new rows, and a keyset page ("emailKey > x ORDER BY
 * emailKey LIMIT n") is planned as a scan of every row after x, sorted: exporting 1,000,000 just
 * imported users took minutes instead of seconds. Sampling costs a fraction of a second at that size.
 */
export async function refreshStatistics(db: Pick<PrismaClient, "$executeRawUnsafe">, tables: keyof typeof TABLES): Promise<void> {
  await db.$executeRawUnsafe(`ANALYZE ${TABLES[tables]}`);
}
