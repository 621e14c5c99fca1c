// Stage 2 baseline (b): one Prisma upsert per row, on a sample of the same rows: first as new
// learners, then again from the edited file. The rate is extrapolated to the full file.
import { readFileSync } from "node:fs";
import { getDb } from "@/lib/db";
import type { ImportRecord } from "@/lib/imports/types";
import { checkpoint } from "../support/checkpoint";
import { runStage, seconds, stageArgs } from "../support/stage-io";
import type { NaiveResult, OrgRef } from "../support/stage-types";
import { parseAndValidate } from "../support/validate-file";

const { org, newFile, updateFile, sample } = stageArgs<{ org: OrgRef; newFile: string; updateFile: string; sample: number }>();
const WARM_UP = 50;

await runStage(async (): Promise<NaiveResult> => {
  const db = await getDb();
  const recordsOf = async (file: string) => (await parseAndValidate(db, org.organisationId, new Uint8Array(readFileSync(file)))).records;

  const upsert = (r: ImportRecord) => {
    const values = { firstName: r.values.firstName ?? "", lastName: r.values.lastName ?? "", active: r.values.active ?? true, customFields: r.custom };
    return db.learner.upsert({
      where: { organisationId_emailKey: { organisationId: org.organisationId, emailKey: r.emailKey } },
      create: { organisationId: org.organisationId, email: r.email, emailKey: r.emailKey, ...values },
      update: values,
    });
  };
  const upsertEach = async (records: ImportRecord[]) => {
    await checkpoint(db);
    const start = performance.now();
    for (const r of records) await upsert(r);
    return seconds(start);
  };

  const created = await recordsOf(newFile);
  for (const r of created.slice(sample, sample + WARM_UP)) await upsert(r); // warm-up on rows outside the sample
  const createSeconds = await upsertEach(created.slice(0, sample));
  const updateSeconds = await upsertEach((await recordsOf(updateFile)).slice(0, sample));
  return { rows: sample, createSeconds, updateSeconds };
});
