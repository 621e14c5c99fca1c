import type { PrismaClient } from "@/generated/prisma/client";

const BATCH = 5_000;

/**
 * An import's rows in file order, a batch at a time, so a draft of any size is read in the memory
 * of one batch. Turning rows into objects is synchronous work in this process; between batches
 * the other requests the app is serving get their turn.
 *
 * Each batch is a window of row numbers, not "the next N after row X": right after an upload the
 * table's statistics don't know the import's rows yet, and "rowNumber > X ORDER BY … LIMIT N" was
 * planned as a bitmap scan of every row after X, sorted, once per batch (1,000,000 rows: 79 s
 * for the start step). Row numbers are record numbers, so a window holds at most `batchRows` rows.
 */
export async function* readImportRowBatches(db: Pick<PrismaClient, "importRow">, importId: string, batchRows = BATCH) {
  const { _max } = await db.importRow.aggregate({ where: { importId }, _max: { rowNumber: true } });
  const last = _max.rowNumber ?? 0;
  for (let after = 0; after < last; after += batchRows) {
    const batch = await db.importRow.findMany({
      where: { importId, rowNumber: { gt: after, lte: after + batchRows } },
      orderBy: { rowNumber: "asc" },
      select: { rowNumber: true, cells: true, message: true, outcome: true },
    });
    if (batch.length) yield batch;
  }
}
