// Stage 1a: parse + validate in process (no database writes), as createCsvDraft chains them: the
// file read from disk by streamCsv in batches, mapped, each batch built into records with one
// builder (duplicates found across batches). One file per process for a clean peak RSS.
import { getDb } from "@/lib/db";
import { bytesSource, type ByteSource } from "@/lib/imports/decode";
import { matchHeaders } from "@/lib/imports/match-headers";
import { streamCsv } from "@/lib/imports/parse-stream";
import type { ImportRecord } from "@/lib/imports/types";
import { createRecordBuilder } from "@/lib/imports/validate";
import { listFields } from "@/lib/server/fields/list-fields";
import { fileSource } from "@/lib/server/imports/file-source";
import { CSV_HEADERS } from "../support/bench-fields";
import { runStage, seconds, stageArgs } from "../support/stage-io";
import type { OrgRef, ParseResult } from "../support/stage-types";
import { warmUpBytes } from "../support/warm-up";

const { org, file } = stageArgs<{ org: OrgRef; file: string }>();

await runStage(async (): Promise<ParseResult> => {
  const db = await getDb();
  const fields = await listFields(db, org.organisationId, { withGroups: true });
  const parseAndValidate = async (source: ByteSource) => {
    let build: ((row: { rowNumber: number; cells: string[] }) => ImportRecord) | undefined;
    let records = 0;
    let invalid = 0;
    const start = performance.now();
    const read = await streamCsv(source, (batch, soFar) => {
      if (!build) {
        const mapping = matchHeaders(soFar.headers, fields);
        if (Object.keys(mapping).length !== CSV_HEADERS.length) throw new Error(`Only ${Object.keys(mapping).length} of ${CSV_HEADERS.length} columns were matched automatically`);
        build = createRecordBuilder(mapping, fields, { source: "csv", blankClears: false });
      }
      for (const row of batch.rows) {
        records++;
        if (build(row).errors.length) invalid++;
      }
    });
    if (read.fileErrors.length) throw new Error(`The generated file was refused: ${read.fileErrors.join(" ")}`);
    return { rows: read.rowCount, records, invalid, seconds: seconds(start) };
  };
  await parseAndValidate(bytesSource(warmUpBytes()));
  return parseAndValidate(fileSource(file));
});
