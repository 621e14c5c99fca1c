import { stringify } from "csv-stringify/sync";
import type { PrismaClient } from "@/generated/prisma/client";
import { neutraliseCell } from "@/lib/imports/csv-injection";

export const ERROR_REPORT_BATCH_SIZE = 5_000;

/**
 * The rows an import did not apply, as a CSV with the file's own headers and
 * an extra Error column: fix the cells, delete the Error column (or not —
 * unmapped columns are ignored) and upload it again. Read a batch at a time by
 * keyset on the row number, so a report of 1,000,000 failed rows holds one batch.
 */
export async function* errorReportLines(db: PrismaClient, importId: string, headers: string[], opts: { batchSize?: number } = {}): AsyncGenerator<string> {
  const batchSize = opts.batchSize ?? ERROR_REPORT_BATCH_SIZE;
  yield "\uFEFF" + stringify([[...headers, "Error"].map(neutraliseCell)], { record_delimiter: "\r\n", quoted_match: /[\r\n]/ });
  let after = 0;
  for (;;) {
    const rows = await db.importRow.findMany({
      where: { importId, outcome: { in: ["FAILED", "SKIPPED"] }, rowNumber: { gt: after } },
      orderBy: { rowNumber: "asc" },
      take: batchSize,
      select: { rowNumber: true, cells: true, message: true },
    });
    if (rows.length === 0) return;
    yield stringify(
      rows.map((r) => [...headers.map((_, i) => r.cells[i] ?? ""), r.message ?? ""].map(neutraliseCell)),
      { record_delimiter: "\r\n", quoted_match: /[\r\n]/ },
    );
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]!.rowNumber;
  }
}
