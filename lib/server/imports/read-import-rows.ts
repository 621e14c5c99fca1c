import type { PrismaClient } from "@/generated/prisma/client";

const BATCH = 2_000;

/**
 * Every row of an import in file order, read 2,000 at a time. Turning a whole file's rows into
 * objects is one synchronous stretch of work in this process (over a second for 50,000 rows),
 * which held up every other request the app was serving; between batches they get their turn.
 */
export async function readImportRows(db: PrismaClient, importId: string) {
  const rows = [];
  for (let after = 0; ; ) {
    const batch = await db.importRow.findMany({
      where: { importId, rowNumber: { gt: after } },
      orderBy: { rowNumber: "asc" },
      take: BATCH,
      select: { rowNumber: true, cells: true, message: true, outcome: true },
    });
    for (const row of batch) rows.push(row);
    if (batch.length < BATCH) return rows;
    after = batch[batch.length - 1]!.rowNumber;
  }
}
