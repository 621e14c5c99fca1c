// Stage 2: the background job's apply step (every chunk, then `finish`) of the imports
// apply-drafts.ts queued and apply-start.ts started: processImportSteps with the in-process step
// runner, the `start` step's result replayed as Inngest replays a finished step's. New learners,
// then the same file with 10% of rows edited, then the new learners with 1–3 groups each (a Groups
// column) into an organisation of their own.
import { getDb } from "@/lib/db";
import { processImportSteps } from "@/lib/server/imports/process-import";
import { inProcessSteps } from "@/lib/server/jobs/in-process";
import type { Steps } from "@/lib/server/jobs/steps";
import { checkpoint } from "../support/checkpoint";
import { runStage, seconds, stageArgs } from "../support/stage-io";
import type { ApplyDrafts, ApplyResult, ApplyStarts } from "../support/stage-types";

const { drafts, starts } = stageArgs<{ drafts: ApplyDrafts; starts: ApplyStarts }>();

/** Runs the job's steps after `start`, whose result (the chunks) is the one apply-start.ts computed. */
async function apply(draft: { importId: string; organisationId: string }, start?: ApplyStarts["create"]) {
  const db = await getDb();
  const steps: Steps = {
    run: (id, fn) => (id === "start" && start ? Promise.resolve(start.chunks as never) : inProcessSteps.run(id, fn)),
    sendEvent: inProcessSteps.sendEvent,
  };
  await checkpoint(db);
  const began = performance.now();
  await processImportSteps(draft, steps);
  const elapsed = seconds(began);
  const job = await db.importJob.findUniqueOrThrow({ where: { id: draft.importId } });
  if (job.status !== "COMPLETED") throw new Error(`Import ended ${job.status}: ${job.error}`);
  return { job, timing: { seconds: elapsed, startSeconds: start?.seconds ?? 0, chunks: start?.chunks.length ?? 0 } };
}

await runStage(async (): Promise<ApplyResult> => {
  await apply(drafts.warmUp);
  const created = await apply(drafts.create, starts.create);
  const updated = await apply(drafts.update, starts.update);
  const withGroups = await apply(drafts.withGroups, starts.withGroups);
  const db = await getDb();
  const [groups, memberships] = await Promise.all([
    db.group.count({ where: { organisationId: drafts.withGroups.organisationId } }),
    db.groupMember.count({ where: { group: { organisationId: drafts.withGroups.organisationId } } }),
  ]);
  return {
    rows: created.job.totalRows,
    create: { ...created.timing, created: created.job.createdCount, failed: created.job.failedCount },
    update: { ...updated.timing, updated: updated.job.updatedCount, unchanged: updated.job.unchangedCount, failed: updated.job.failedCount },
    withGroups: { ...withGroups.timing, created: withGroups.job.createdCount, failed: withGroups.job.failedCount, groups, memberships },
  };
});
