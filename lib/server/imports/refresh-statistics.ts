import type { PrismaClient } from "@/generated/prisma/client";

/** Rows written at once from which the tables' statistics are refreshed straight away. */
export const BULK_WRITE_ROWS = 10_000;

const TABLES = {
  importRows: `"ImportRow", "ImportRowPlan"`,
} as const;

/**
 * ANALYZE after a bulk write. Until autovacuum gets to it (a minute or more later), PostgreSQL
 * plans with statistics that don't know the new rows: the review's reads of a just-uploaded
 * 1,000,000-row draft, and the apply step's statements on its rows, were planned as scans of the
 * whole import. Sampling costs a fraction of a second at that size.
 *
 * Not done for "Learner" after an import: statistics taken while an organisation is small make
 * the next big import into it look its learners up through an index on the organisation alone
 * (see issue #12's notes), which is worse than the stale keyset plans an ANALYZE would fix.
 */
export async function refreshStatistics(db: Pick<PrismaClient, "$executeRawUnsafe">, tables: keyof typeof TABLES): Promise<void> {
  await db.$executeRawUnsafe(`ANALYZE ${TABLES[tables]}`);
}
