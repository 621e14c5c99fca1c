// Stage 2 baseline (a): the same validated rows COPYed into a scratch table identical to "Learner"
// (same columns, defaults and indexes) with the ids an import gives new learners: what this
// machine's PostgreSQL can ingest at best.
import { readFileSync } from "node:fs";
import pg from "pg";
import { getDb } from "@/lib/db";
import { newLearnerId } from "@/lib/server/imports/new-learner-id";
import { checkpoint } from "../support/checkpoint";
import { copyFrom, copyText } from "../support/copy-from";
import { runStage, seconds, stageArgs } from "../support/stage-io";
import type { CopyResult, OrgRef } from "../support/stage-types";
import { parseAndValidate } from "../support/validate-file";

const { org, file } = stageArgs<{ org: OrgRef; file: string }>();

await runStage(async (): Promise<CopyResult> => {
  const db = await getDb();
  const { records } = await parseAndValidate(db, org.organisationId, new Uint8Array(readFileSync(file)));
  const now = new Date().toISOString();
  const lines = records
    .filter((r) => r.errors.length === 0)
    .map((r) =>
      [newLearnerId(), org.organisationId, r.email, r.emailKey, r.values.firstName ?? "", r.values.lastName ?? "", r.values.active ?? true, JSON.stringify(r.custom), null, now, now]
        .map(copyText)
        .join("\t"),
    );
  const payload = Buffer.from(lines.join("\n") + "\n", "utf8");

  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(`CREATE TABLE "BenchCopyLearner" (LIKE "Learner" INCLUDING ALL)`);
    await checkpoint(db);
    const start = performance.now();
    const copied = await copyFrom(
      client,
      `COPY "BenchCopyLearner" ("id", "organisationId", "email", "emailKey", "firstName", "lastName", "active", "customFields", "createdByImportId", "createdAt", "updatedAt") FROM STDIN`,
      payload,
    );
    const elapsed = seconds(start);
    if (copied !== lines.length) throw new Error(`COPY stored ${copied} of ${lines.length} rows`);
    await client.query(`DROP TABLE "BenchCopyLearner"`);
    return { rows: copied, seconds: elapsed };
  } finally {
    await client.end();
  }
});
