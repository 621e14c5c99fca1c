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

/**
 * Deletes the next `batchRows` rows of an import from one of its row tables: a deleted draft's
 * rows, or the review's stored plan (ImportRowPlan, derived from the cells; dropped when a draft
 * is queued, so a finished import normally has none). Fewer than `batchRows`: none are left.
 */
export async function deleteRowBatch(db: PrismaClient, table: "ImportRow" | "ImportRowPlan", importId: string, batchRows: number): Promise<number> {
  return db.$executeRawUnsafe(
    `DELETE FROM "${table}" r USING (
       SELECT "rowNumber" FROM "${table}" WHERE "importId" = $1 ORDER BY "rowNumber" LIMIT $2
     ) b
     WHERE r."importId" = $1 AND r."rowNumber" = b."rowNumber"`,
    importId,
    batchRows,
  );
}
