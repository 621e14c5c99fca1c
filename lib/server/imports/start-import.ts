import type { PrismaClient } from "@/generated/prisma/client";
import { buildRecordsTakingTurns } from "@/lib/imports/validate";
import { listFields } from "@/lib/server/fields/list-fields";
import { readMapping, readOptions } from "./import-options";
import { readImportRows } from "./read-import-rows";

export interface ChunkRange {
  fromRow: number;
  toRow: number;
}

/**
 * First step of a run: marks the job running, fails the rows that can never
 * import (invalid cells, duplicates within the file, broken rows) and splits
 * the file into chunks of row numbers. Safe to repeat on resume. Null when
 * the import is a draft, failed or undone: there is nothing to do.
 */
export async function startImport(db: PrismaClient, importId: string, chunkSize: number): Promise<ChunkRange[] | null> {
  const job = await db.importJob.findUniqueOrThrow({ where: { id: importId } });
  // Never a draft the admin hasn't confirmed, nor an import that failed or was undone, whatever event
  // asks for it. A completed one does run again (every step is idempotent): the in-process runner
  // retries a whole run when a step after `finish` fails, such as the admin's email hitting a 429.
  if (job.status === "DRAFT" || job.status === "FAILED" || job.status === "UNDONE") return null;
  await db.importJob.updateMany({ where: { id: importId, status: "QUEUED" }, data: { status: "RUNNING", startedAt: new Date() } });

  const [fields, rows] = await Promise.all([
    listFields(db, job.organisationId),
    readImportRows(db, importId),
  ]);
  const options = readOptions(job.options);
  const { records } = await buildRecordsTakingTurns({ headers: job.headers, rows }, readMapping(job.mapping), fields, {
    source: job.source === "TEXTBOX" ? "textbox" : "csv",
    blankClears: options.blankClears,
  });
  const pending = new Map(rows.filter((r) => r.outcome === "PENDING").map((r) => [r.rowNumber, r.message]));
  const failures = records
    .filter((r) => pending.has(r.rowNumber) && (r.errors.length > 0 || pending.get(r.rowNumber)))
    .map((r) => ({ rowNumber: r.rowNumber, message: [pending.get(r.rowNumber), ...r.errors.map((e) => e.message)].filter(Boolean).join(" ") }));

  if (failures.length) {
    await db.$transaction([
      db.$executeRaw`
        UPDATE "ImportRow" AS r SET "outcome" = 'FAILED', "message" = f.m
        FROM unnest(${failures.map((f) => f.rowNumber)}::int[], ${failures.map((f) => f.message)}::text[]) AS f(n, m)
        WHERE r."importId" = ${importId} AND r."rowNumber" = f.n AND r."outcome" = 'PENDING'`,
      db.$executeRaw`
        UPDATE "ImportJob" SET
          "failedCount" = (SELECT count(*) FROM "ImportRow" WHERE "importId" = ${importId} AND "outcome" = 'FAILED'),
          "processedRows" = (SELECT count(*) FROM "ImportRow" WHERE "importId" = ${importId} AND "outcome" <> 'PENDING')
        WHERE "id" = ${importId}`,
    ]);
  }

  const ranges: ChunkRange[] = [];
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = rows.slice(i, i + chunkSize);
    ranges.push({ fromRow: chunk[0]!.rowNumber, toRow: chunk[chunk.length - 1]!.rowNumber });
  }
  return ranges;
}
