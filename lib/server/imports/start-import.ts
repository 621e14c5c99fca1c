import type { PrismaClient } from "@/generated/prisma/client";
import type { ImportRecord } from "@/lib/imports/types";
import { buildRecordsTakingTurns, createRecordBuilder } from "@/lib/imports/validate";
import { listFields } from "@/lib/server/fields/list-fields";
import { readMapping, readOptions } from "./import-options";
import { readImportRowBatches } from "./read-import-rows";

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

  const fields = await listFields(db, job.organisationId);
  const options = readOptions(job.options);
  const mapping = readMapping(job.mapping);
  const buildOptions = { source: job.source === "TEXTBOX" ? ("textbox" as const) : ("csv" as const), blankClears: options.blankClears };
  // One builder for the whole file: a duplicate is found whichever batches its two rows are in.
  const build = createRecordBuilder(mapping, fields, buildOptions);
  const ranges: ChunkRange[] = [];
  let rowsInChunk = 0;
  for await (const rows of readImportRowBatches(db, importId)) {
    const { records } = await buildRecordsTakingTurns({ headers: job.headers, rows }, mapping, fields, buildOptions, build);
    await failRows(db, importId, records, rows);
    for (const row of rows) {
      if (rowsInChunk === 0) ranges.push({ fromRow: row.rowNumber, toRow: row.rowNumber });
      ranges.at(-1)!.toRow = row.rowNumber;
      rowsInChunk = (rowsInChunk + 1) % chunkSize;
    }
  }
  // From the rows themselves, so a run resumed after some batches failed their rows counts them all.
  await db.$executeRaw`
    UPDATE "ImportJob" SET
      "failedCount" = (SELECT count(*) FROM "ImportRow" WHERE "importId" = ${importId} AND "outcome" = 'FAILED'),
      "processedRows" = (SELECT count(*) FROM "ImportRow" WHERE "importId" = ${importId} AND "outcome" <> 'PENDING')
    WHERE "id" = ${importId}`;
  return ranges;
}

type StoredRow = { rowNumber: number; message: string | null; outcome: string };

/** Fails the batch's pending rows that can never import, with every reason in one message. */
async function failRows(db: PrismaClient, importId: string, records: ImportRecord[], rows: StoredRow[]) {
  const pending = new Map(rows.filter((r) => r.outcome === "PENDING").map((r) => [r.rowNumber, r.message]));
  const failures = records
    .filter((r) => pending.has(r.rowNumber) && (r.errors.length > 0 || pending.get(r.rowNumber)))
    .map((r) => ({ rowNumber: r.rowNumber, message: [pending.get(r.rowNumber), ...r.errors.map((e) => e.message)].filter(Boolean).join(" ") }));
  if (failures.length === 0) return;
  await db.$executeRaw`
    UPDATE "ImportRow" AS r SET "outcome" = 'FAILED', "message" = f.m
    FROM unnest(${failures.map((f) => f.rowNumber)}::int[], ${failures.map((f) => f.message)}::text[]) AS f(n, m)
    WHERE r."importId" = ${importId} AND r."rowNumber" = f.n AND r."outcome" = 'PENDING'`;
}
