import type { PrismaClient } from "@/generated/prisma/client";

const BATCH = 5_000;

/**
 * An import's rows in file order, a batch at a time, so a draft of any size is read in the memory
 * of one batch. Turning rows into objects is synchronous work in this process; between batches
 * the other requests the app is serving get their turn.
 */
export async function* readImportRowBatches(db: Pick<PrismaClient, "importRow">, importId: string, batchRows = BATCH) {
  for (let after = 0; ; ) {
    const batch = await db.importRow.findMany({
      where: { importId, rowNumber: { gt: after } },
      orderBy: { rowNumber: "asc" },
      take: batchRows,
      select: { rowNumber: true, cells: true, message: true, outcome: true },
    });
    if (batch.length) yield batch;
    if (batch.length < batchRows) return;
    after = batch[batch.length - 1]!.rowNumber;
  }
}
