import type { PrismaClient } from "@/generated/prisma/client";
import { type ByteSource, bytesSource } from "@/lib/imports/decode";
import { matchHeaders, missingRequired } from "@/lib/imports/match-headers";
import { streamCsv } from "@/lib/imports/parse-stream";
import { listFields } from "@/lib/server/fields/list-fields";
import { type OpenDraft, openDraft } from "./create-draft";
import { type ImportOptions, readOptions } from "./import-options";
import { createPlanner } from "./plan-import";
import { BULK_WRITE_ROWS, refreshStatistics } from "./refresh-statistics";
import { readLearnersVersion } from "./stored-plan/learners-version";
import { planKey } from "./stored-plan/plan-key";

/**
 * Rows per batch. Smaller batches die before the garbage collector promotes them while the
 * previous one is written (1,000,000 rows: 460 MB peak at 2,000, 520 MB at 5,000), at no cost in time.
 */
const UPLOAD_BATCH_ROWS = 2_000;

export type CsvDraftResult = { ok: true; importId: string } | { ok: false; errors: string[] };

class RefusedFile extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join(" "));
  }
}

/**
 * Reads an uploaded CSV in batches, maps its headers automatically and stores it as a draft, batch
 * by batch as it is parsed, in one transaction: a file refused at its last row leaves nothing.
 * When the automatic mapping is complete each batch is planned as it is stored, so the review
 * opens on a stored plan (recomputed there if anything changed since).
 */
export async function createCsvDraft(
  db: PrismaClient,
  input: { organisationId: string; adminId: string | null; fileName: string; options: ImportOptions; source?: "CSV" | "CLI" } & ({ bytes: Uint8Array } | { file: ByteSource }),
): Promise<CsvDraftResult> {
  const file = "file" in input ? input.file : bytesSource(input.bytes);
  const source = input.source ?? "CSV";
  const fields = await listFields(db, input.organisationId, { withGroups: true });
  // Read before any learner is: a change made while the file is planned leaves the plan marked stale.
  const version = await readLearnersVersion(db, input.organisationId);
  try {
    const importId = await db.$transaction(
      async (tx) => {
        let draft: OpenDraft | undefined;
        const read = await streamCsv(file, async (batch, soFar) => {
          if (!draft) {
            const mapping = matchHeaders(soFar.headers, fields);
            const options = readOptions(input.options);
            const job = { source, headers: soFar.headers, mapping };
            const plan = missingRequired(mapping, fields).length
              ? undefined
              : { planner: createPlanner(db, input.organisationId, job, fields, options), stamp: { key: planKey({ source, mapping, options, fields }), version } };
            draft = await openDraft(tx, { ...input, source, fileInfo: { encoding: soFar.encoding, delimiter: soFar.delimiter, byteSize: file.size }, headers: soFar.headers, mapping, plan });
          }
          const issues = new Map(batch.rowIssues.map((issue) => [issue.rowNumber, issue.message]));
          await draft.add(batch.rows.map((row) => ({ ...row, message: issues.get(row.rowNumber) ?? null })));
        }, { batchRows: UPLOAD_BATCH_ROWS });
        if (read.fileErrors.length || !draft) throw new RefusedFile(read.fileErrors);
        return draft.finish();
      },
      { timeout: 600_000, maxWait: 10_000 },
    );
    const { totalRows } = await db.importJob.findUniqueOrThrow({ where: { id: importId }, select: { totalRows: true } });
    // Not awaited: the admin's review opens on the stored plan meanwhile (a fraction of a second of sampling).
    if (totalRows >= BULK_WRITE_ROWS) void refreshStatistics(db, "importRows").catch((error: unknown) => console.warn("Refreshing the import tables' statistics failed:", error));
    return { ok: true, importId };
  } catch (error) {
    if (error instanceof RefusedFile) return { ok: false, errors: error.errors };
    throw error;
  }
}
