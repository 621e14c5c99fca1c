// Stage 2, untimed: the wizard's part of each apply run — every file drafted and queued — so the
// stages that time the background job (apply-start.ts, apply.ts) hold none of the parsed files.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { getDb } from "@/lib/db";
import { createCsvDraft } from "@/lib/server/imports/create-csv-draft";
import { importOptionsSchema } from "@/lib/server/imports/import-options";
import { queueImport } from "@/lib/server/imports/queue-import";
import { runStage, stageArgs } from "../support/stage-io";
import type { ApplyDrafts, OrgRef } from "../support/stage-types";
import { warmUpBytes } from "../support/warm-up";

const { org, warmUpOrg, groupsOrg, newFile, updateFile, groupsFile } = stageArgs<{
  org: OrgRef;
  warmUpOrg: OrgRef;
  groupsOrg: OrgRef;
  newFile: string;
  updateFile: string;
  groupsFile: string;
}>();
const options = importOptionsSchema.parse({ mode: "upsert", sendWelcome: false });

async function queue(into: OrgRef, fileName: string, bytes: Uint8Array) {
  const db = await getDb();
  const draft = await createCsvDraft(db, { ...into, fileName, bytes, options });
  if (!draft.ok) throw new Error(draft.errors.join(" "));
  const queued = await queueImport(db, { ...into, importId: draft.importId, options });
  if (!queued.ok) throw new Error(queued.error);
  return { importId: draft.importId, organisationId: into.organisationId };
}

const read = (file: string) => new Uint8Array(readFileSync(file));

await runStage(async (): Promise<ApplyDrafts> => ({
  warmUp: await queue(warmUpOrg, "warm-up.csv", warmUpBytes()),
  create: await queue(org, basename(newFile), read(newFile)),
  // Queued before the new users are applied: the job diffs each chunk against the learners as they are when it runs.
  update: await queue(org, basename(updateFile), read(updateFile)),
  withGroups: await queue(groupsOrg, basename(groupsFile), read(groupsFile)),
}));
