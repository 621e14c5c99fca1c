import { stringify } from "csv-stringify/sync";
import type { PrismaClient } from "@/generated/prisma/client";
import { neutraliseCell } from "@/lib/imports/csv-injection";

const BATCH = 5_000;

/**
 * The rows an import did not apply, as a CSV with the file's own headers and
 * an extra Error column: fix the cells, delete the Error column (or not —
 * unmapped columns are ignored) and upload it again.
 */
export async function* errorReportLines(db: PrismaClient, importId: string, headers: string[]): AsyncGenerator<string> {
  yield "\uFEFF" + stringify([[...headers, "Error"].map(neutraliseCell)], { record_delimiter: "\r\n", quoted_match: /[\r\n]/ });
  let after = 0;
  for (;;) {
    const rows = await db.importRow.findMany({
      where: { importId, outcome: { in: ["FAILED", "SKIPPED"] }, rowNumber: { gt: after } },
      orderBy: { rowNumber: "asc" },
      take: BATCH,
      select: { rowNumber: true, cells: true, message: true },
    });
    if (rows.length === 0) return;
    yield stringify(
      rows.map((r) => [...headers.map((_, i) => r.cells[i] ?? ""), r.message ?? ""].map(neutraliseCell)),
      { record_delimiter: "\r\n", quoted_match: /[\r\n]/ },
    );
    after = rows[rows.length - 1]!.rowNumber;
  }
}
