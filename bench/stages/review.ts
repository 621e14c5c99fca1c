// Stage 1b: upload → review as the wizard does it: createCsvDraft (upload route) then planImport (review page).
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { getDb } from "@/lib/db";
import { createCsvDraft } from "@/lib/server/imports/create-csv-draft";
import { importOptionsSchema } from "@/lib/server/imports/import-options";
import { planImport } from "@/lib/server/imports/plan-import";
import { runStage, seconds, stageArgs } from "../support/stage-io";
import type { OrgRef, ReviewResult } from "../support/stage-types";
import { warmUpBytes } from "../support/warm-up";

const { org, file } = stageArgs<{ org: OrgRef; file: string }>();
const options = importOptionsSchema.parse({});

await runStage(async (): Promise<ReviewResult> => {
  const db = await getDb();
  const warmUp = await createCsvDraft(db, { ...org, fileName: "warm-up.csv", bytes: warmUpBytes(), options });
  if (warmUp.ok) await planImport(db, org.organisationId, warmUp.importId);

  const bytes = new Uint8Array(readFileSync(file));
  const uploadStart = performance.now();
  const draft = await createCsvDraft(db, { ...org, fileName: basename(file), bytes, options });
  const uploadSeconds = seconds(uploadStart);
  if (!draft.ok) throw new Error(draft.errors.join(" "));
  const planStart = performance.now();
  const plan = await planImport(db, org.organisationId, draft.importId);
  const planSeconds = seconds(planStart);
  return { rows: plan.rows.length, uploadSeconds, planSeconds, counts: { ...plan.counts } };
});
