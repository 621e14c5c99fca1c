// Stage 2: the background job's `start` step of each queued import (rows that can never import
// failed, the file split into chunks), in a process of its own, so its peak RSS is not the apply step's.
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { startImport } from "@/lib/server/imports/start-import";
import { checkpoint } from "../support/checkpoint";
import { runStage, seconds, stageArgs } from "../support/stage-io";
import type { ApplyDrafts, ApplyStarts } from "../support/stage-types";

const drafts = stageArgs<ApplyDrafts>();

await runStage(async (): Promise<ApplyStarts> => {
  const db = await getDb();
  const run = async (importId: string) => {
    await checkpoint(db);
    const started = performance.now();
    const chunks = await startImport(db, importId, env.IMPORT_CHUNK_SIZE);
    if (!chunks) throw new Error(`Import ${importId} did not start`);
    return { seconds: seconds(started), chunks };
  };
  await run(drafts.warmUp.importId);
  return { create: await run(drafts.create.importId), update: await run(drafts.update.importId), withGroups: await run(drafts.withGroups.importId) };
});
