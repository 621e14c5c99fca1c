// Stage 1a: parse + validate in process (no database writes), one file per process for a clean peak RSS.
import { readFileSync } from "node:fs";
import { getDb } from "@/lib/db";
import { runStage, stageArgs } from "../support/stage-io";
import type { OrgRef, ParseResult } from "../support/stage-types";
import { parseAndValidate } from "../support/validate-file";
import { warmUpBytes } from "../support/warm-up";

const { org, file } = stageArgs<{ org: OrgRef; file: string }>();

await runStage(async (): Promise<ParseResult> => {
  const db = await getDb();
  await parseAndValidate(db, org.organisationId, warmUpBytes());
  const bytes = new Uint8Array(readFileSync(file));
  const { records, seconds } = await parseAndValidate(db, org.organisationId, bytes);
  return { rows: records.length, records: records.length, invalid: records.filter((r) => r.errors.length > 0).length, seconds };
});
