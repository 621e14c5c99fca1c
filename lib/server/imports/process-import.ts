import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import type { ImportQueuedData } from "@/lib/server/jobs/inngest-client";
import type { Steps } from "@/lib/server/jobs/steps";
import { fanOutWelcomeBatches } from "@/lib/server/welcome/fan-out-welcome-batches";
import { queueWelcomeEmails } from "@/lib/server/welcome/queue-welcome-emails";
import { applyChunk } from "./apply-chunk";
import { chunkSizeFor } from "./chunk-size";
import { importFailureReason } from "./failure-reason";
import { failImport, finishImport } from "./finish-import";
import { notifyImportFinished } from "./notify-admin";
import { startImport } from "./start-import";

/**
 * Validate → apply chunk by chunk → finish → fan out welcome emails. Each step is idempotent, and
 * returns ids, ranges or counts only (Inngest keeps 4 MB per step result, 32 MB per run:
 * https://www.inngest.com/docs/usage-limits/inngest). At 1,000,000 rows: 1 + 500 chunks + 1 + 1 +
 * 20 sends + 1 = 524 steps of the 1,000 allowed (lib/server/imports/chunk-size.ts).
 */
export async function processImportSteps(data: ImportQueuedData, step: Steps) {
  const db = await getDb();
  const chunks = await step.run("start", async () => {
    const { totalRows } = await db.importJob.findUniqueOrThrow({ where: { id: data.importId }, select: { totalRows: true } });
    return startImport(db, data.importId, chunkSizeFor(totalRows, env.IMPORT_CHUNK_SIZE));
  });
  if (!chunks) return { importId: data.importId, chunks: 0 };
  for (const [index, range] of chunks.entries()) {
    await step.run(`apply-chunk-${index}`, () => applyChunk(db, data.importId, range));
  }
  const job = await step.run("finish", () => finishImport(db, data.importId).then((j) => ({ options: j.options })));
  const sendWelcome = (job.options as { sendWelcome?: boolean }).sendWelcome === true;
  if (sendWelcome) {
    const queue = await step.run("queue-welcome-emails", () => queueWelcomeEmails(db, data.importId));
    await fanOutWelcomeBatches(step, queue);
  }
  await step.run("notify-admin", () => notifyImportFinished(db, data.importId));
  return { importId: data.importId, chunks: chunks.length };
}

export async function onImportFailure(data: ImportQueuedData, error: Error) {
  console.error(`Import ${data.importId} failed after its retries:`, error);
  const db = await getDb();
  await failImport(db, data.importId, importFailureReason(error));
  await notifyImportFinished(db, data.importId);
}
