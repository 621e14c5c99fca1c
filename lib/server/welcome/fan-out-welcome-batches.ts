import type { Steps } from "@/lib/server/jobs/steps";
import type { WelcomeQueue } from "./store-welcome-batches";
import { welcomeBatchEventSlices } from "./welcome-batch-events";

/**
 * One send step per slice of events, with ids fixed by the slice, so a replayed run finds each
 * send memoised (Inngest) or re-announces the same batches, which the runner and the batches'
 * finishedAt turn into no-ops.
 */
export async function fanOutWelcomeBatches(step: Steps, queue: WelcomeQueue) {
  let slice = 0;
  for (const events of welcomeBatchEventSlices(queue)) await step.sendEvent(`send-welcome-batches-${slice++}`, events);
  return slice;
}
