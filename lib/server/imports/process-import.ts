import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { type ImportQueuedData, welcomeBatchReady } from "@/lib/server/jobs/inngest-client";
import type { Steps } from "@/lib/server/jobs/steps";
import { queueWelcomeEmails } from "@/lib/server/welcome/queue-welcome-emails";
import { applyChunk } from "./apply-chunk";
import { importFailureReason } from "./failure-reason";
import { failImport, finishImport } from "./finish-import";
import { notifyImportFinished } from "./notify-admin";
import { startImport } from "./start-import";

/** Validate → apply chunk by chunk → finish → fan out welcome emails. Each step is idempotent. */
export async function processImportSteps(data: ImportQueuedData, step: Steps) {
  const db = await getDb();
  const chunks = await step.run("start", () => startImport(db, data.importId, env.IMPORT_CHUNK_SIZE));
  if (!chunks) return { importId: data.importId, chunks: 0 };
  for (const [index, range] of chunks.entries()) {
    await step.run(`apply-chunk-${index}`, () => applyChunk(db, data.importId, range));
  }
  const job = await step.run("finish", () => finishImport(db, data.importId).then((j) => ({ options: j.options })));
  const sendWelcome = (job.options as { sendWelcome?: boolean }).sendWelcome === true;
  if (sendWelcome) {
    const batches = await step.run("queue-welcome-emails", () => queueWelcomeEmails(db, data.importId));
    if (batches.length)
      await step.sendEvent(
        "send-welcome-batches",
        batches.map((learnerIds) => ({ name: welcomeBatchReady.name, data: { organisationId: data.organisationId, importId: data.importId, learnerIds } })),
      );
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
