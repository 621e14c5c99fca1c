import type { PrismaClient } from "@/generated/prisma/client";
import { type PurgeCounts, purgeImportDataStep, type PurgeOptions } from "./purge-import-data";
import { recordImportDataPurge } from "./record-import-data-purge";

/**
 * The whole retention purge in one call, as the in-process runner's timer and
 * the tests run it: everything due (until a stop is asked for), then one
 * activity entry per organisation. Inngest runs the same
 * slices as separate steps (inngest/functions/purge-import-data.ts).
 */
export async function runImportRetention(db: PrismaClient, options: Omit<PurgeOptions, "maxBatches"> = {}): Promise<PurgeCounts[]> {
  const { counts } = await purgeImportDataStep(db, options);
  await recordImportDataPurge(db, counts);
  return counts;
}
