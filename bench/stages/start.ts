// Stage 1d: the import's first step once confirmed: startImport fails the rows that can never
// import (invalid, duplicates within the file) and splits the file into chunks.
import { getDb } from "@/lib/db";
import { importOptionsSchema } from "@/lib/server/imports/import-options";
import { queueImport } from "@/lib/server/imports/queue-import";
import { startImport } from "@/lib/server/imports/start-import";
import { runStage, seconds, stageArgs } from "../support/stage-io";
import type { OrgRef, StartResult } from "../support/stage-types";

const { org, importId } = stageArgs<{ org: OrgRef; importId: string }>();
const CHUNK_ROWS = 5_000;

await runStage(async (): Promise<StartResult> => {
  const db = await getDb();
  const queued = await queueImport(db, { ...org, importId, options: importOptionsSchema.parse({}) });
  if (!queued.ok) throw new Error(queued.error);
  const start = performance.now();
  const chunks = await startImport(db, importId, CHUNK_ROWS);
  const startSeconds = seconds(start);
  const { failedCount } = await db.importJob.findUniqueOrThrow({ where: { id: importId }, select: { failedCount: true } });
  return { seconds: startSeconds, chunks: chunks?.length ?? 0, failed: failedCount };
});
