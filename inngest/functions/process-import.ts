import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { applyChunk } from "@/lib/server/imports/apply-chunk";
import { importFailureReason } from "@/lib/server/imports/failure-reason";
import { failImport, finishImport } from "@/lib/server/imports/finish-import";
import { notifyImportFinished } from "@/lib/server/imports/notify-admin";
import { startImport } from "@/lib/server/imports/start-import";
import { queueWelcomeEmails } from "@/lib/server/welcome/queue-welcome-emails";
import { importQueued, inngest, type ImportQueuedData, welcomeBatchReady } from "../client";
import type { Steps } from "../steps";

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

export const processImport = inngest.createFunction(
  {
    id: "process-import",
    triggers: [importQueued],
    retries: 4,
    // One import at a time per organisation; others wait their turn.
    concurrency: { key: "event.data.organisationId", limit: 1 },
    onFailure: async ({ event, error }) => onImportFailure(event.data.event.data as ImportQueuedData, error),
  },
  async ({ event, step }) => processImportSteps(event.data, step as unknown as Steps),
);
