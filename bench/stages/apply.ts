// Stage 2: the background import's chunk pipeline (processImportSteps with the in-process
// step runner), on new learners, then on the same file with 10% of rows edited, then on the
// new learners with 1–3 groups each (a Groups column) into an organisation of their own.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { processImportSteps } from "@/lib/server/imports/process-import";
import { getDb } from "@/lib/db";
import { createCsvDraft } from "@/lib/server/imports/create-csv-draft";
import { importOptionsSchema } from "@/lib/server/imports/import-options";
import { queueImport } from "@/lib/server/imports/queue-import";
import { inProcessSteps } from "@/lib/server/jobs/in-process";
import { checkpoint } from "../support/checkpoint";
import { runStage, seconds, stageArgs } from "../support/stage-io";
import type { ApplyResult, OrgRef } from "../support/stage-types";
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

/** Drafts and queues the file (the wizard's part, not timed), then times the background job. */
async function importFile(into: OrgRef, fileName: string, bytes: Uint8Array) {
  const db = await getDb();
  const draft = await createCsvDraft(db, { ...into, fileName, bytes, options });
  if (!draft.ok) throw new Error(draft.errors.join(" "));
  const queued = await queueImport(db, { ...into, importId: draft.importId, options });
  if (!queued.ok) throw new Error(queued.error);
  await checkpoint(db);
  const start = performance.now();
  await processImportSteps({ importId: draft.importId, organisationId: into.organisationId }, inProcessSteps);
  const elapsed = seconds(start);
  const job = await db.importJob.findUniqueOrThrow({ where: { id: draft.importId } });
  if (job.status !== "COMPLETED") throw new Error(`Import ended ${job.status}: ${job.error}`);
  return { job, seconds: elapsed };
}

await runStage(async (): Promise<ApplyResult> => {
  await importFile(warmUpOrg, "warm-up.csv", warmUpBytes());
  const created = await importFile(org, basename(newFile), new Uint8Array(readFileSync(newFile)));
  const updated = await importFile(org, basename(updateFile), new Uint8Array(readFileSync(updateFile)));
  const withGroups = await importFile(groupsOrg, basename(groupsFile), new Uint8Array(readFileSync(groupsFile)));
  const db = await getDb();
  const [groups, memberships] = await Promise.all([
    db.group.count({ where: { organisationId: groupsOrg.organisationId } }),
    db.groupMember.count({ where: { group: { organisationId: groupsOrg.organisationId } } }),
  ]);
  return {
    rows: created.job.totalRows,
    create: { seconds: created.seconds, created: created.job.createdCount, failed: created.job.failedCount },
    update: { seconds: updated.seconds, updated: updated.job.updatedCount, unchanged: updated.job.unchangedCount, failed: updated.job.failedCount },
    withGroups: { seconds: withGroups.seconds, created: withGroups.job.createdCount, failed: withGroups.job.failedCount, groups, memberships },
  };
});
