import { inngest, welcomeBatchReady, type WelcomeBatchData } from "@/lib/server/jobs/inngest-client";
import { inngestMode } from "@/lib/env";
import { enqueueWelcomeBatch } from "@/lib/server/jobs/in-process";

/** Hands welcome batches to Inngest, or on the embedded default to the in-process runner. */
export async function enqueueWelcomeBatches(batches: WelcomeBatchData[]) {
  if (batches.length === 0) return;
  if (inngestMode() === "in-process") {
    for (const batch of batches) void enqueueWelcomeBatch(batch);
    return;
  }
  await inngest.send(batches.map((batch) => welcomeBatchReady.create(batch)));
}
