import { inngest } from "@/lib/server/jobs/inngest-client";
import { inngestMode } from "@/lib/env";
import { enqueueWelcomeBatch } from "@/lib/server/jobs/in-process";
import type { WelcomeQueue } from "./store-welcome-batches";
import { welcomeBatchEventSlices } from "./welcome-batch-events";

/** Hands a queue's stored welcome batches to Inngest, in sends it accepts, or on the embedded default to the in-process runner. */
export async function enqueueWelcomeBatches(queue: WelcomeQueue) {
  for (const events of welcomeBatchEventSlices(queue)) {
    if (inngestMode() === "in-process") for (const event of events) void enqueueWelcomeBatch(event.data);
    else await inngest.send(events);
  }
}
