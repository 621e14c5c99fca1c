import type { PrismaClient } from "@/generated/prisma/client";

// A row still holding anything from the file: its cells, the values before and after, or a message
// (validation messages quote the cells: "'bob@' is not an email address").
const holdsData = (row: string) =>
  `(cardinality(${row}."cells") > 0 OR ${row}."previous" IS NOT NULL OR ${row}."applied" IS NOT NULL OR ${row}."message" IS NOT NULL)`;

/**
 * Empties the next `batchRows` rows after row `after` of a purged import that
 * still hold data, keeping each row's outcome and learner link. One statement,
 * committed on its own, so it holds row locks only for its own batch. Returns
 * how many rows it scrubbed (fewer than `batchRows`: the import is done) and
 * the last row number, where the next batch starts.
 */
export async function scrubImportRowBatch(db: PrismaClient, importId: string, after: number, batchRows: number): Promise<{ rows: number; last: number }> {
  // The condition is repeated in the UPDATE so a concurrent run that scrubbed the same batch first
  // (PostgreSQL re-checks the UPDATE's condition after waiting for its lock) is not counted twice.
  const [result] = await db.$queryRawUnsafe<[{ rows: number; last: number }]>(
    `WITH batch AS (
       SELECT x."rowNumber" FROM "ImportRow" x WHERE x."importId" = $1 AND x."rowNumber" > $2 AND ${holdsData("x")} ORDER BY x."rowNumber" LIMIT $3
     ), scrubbed AS (
       UPDATE "ImportRow" r SET "cells" = '{}', "previous" = NULL, "applied" = NULL, "message" = NULL
       FROM batch b WHERE r."importId" = $1 AND r."rowNumber" = b."rowNumber" AND ${holdsData("r")}
       RETURNING r."rowNumber"
     )
     SELECT count(*)::int AS "rows", coalesce(max("rowNumber"), $2) AS "last" FROM scrubbed`,
    importId,
    after,
    batchRows,
  );
  return result;
}

/** Deletes the next `batchRows` rows of a draft being deleted; fewer than `batchRows` means none are left. */
export async function deleteDraftRowBatch(db: PrismaClient, importId: string, batchRows: number): Promise<number> {
  return db.$executeRaw`
    DELETE FROM "ImportRow" r USING (
      SELECT "rowNumber" FROM "ImportRow" WHERE "importId" = ${importId} ORDER BY "rowNumber" LIMIT ${batchRows}
    ) b
    WHERE r."importId" = ${importId} AND r."rowNumber" = b."rowNumber"`;
}
