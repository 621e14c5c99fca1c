import { welcomeBatchReady } from "@/lib/server/jobs/inngest-client";
import type { WelcomeQueue } from "./store-welcome-batches";

/**
 * Events per send request. Inngest takes at most 5,000 events and 512 KB per request (3 MB on
 * request; https://www.inngest.com/docs/usage-limits/inngest), and Cloud's free plan 256 KiB per
 * event (https://www.inngest.com/docs/durable-execution/limits). An event here is ~200 bytes of
 * JSON, so 500 make ~100 KB, and the 10,000 batches of a 1,000,000-row import take 20 sends
 * (tests/integration/inngest-limits.test.ts measures both).
 */
export const WELCOME_EVENTS_PER_SEND = 500;

export interface WelcomeBatchEvent {
  id: string;
  name: typeof welcomeBatchReady.name;
  data: { organisationId: string; queueId: string; batch: number };
}

/**
 * The queue's batch events in sends of WELCOME_EVENTS_PER_SEND. Each event
 * carries only the batch's number, and an id of its own: Inngest starts no
 * second run for an event id it has seen in the last 24 hours, so a send
 * repeated after a lost answer emails no one twice.
 */
export function* welcomeBatchEventSlices(queue: WelcomeQueue): Generator<WelcomeBatchEvent[]> {
  for (let from = 0; from < queue.batches; from += WELCOME_EVENTS_PER_SEND) {
    const to = Math.min(queue.batches, from + WELCOME_EVENTS_PER_SEND);
    yield Array.from({ length: to - from }, (_, i) => ({
      id: `welcome-batch-${queue.queueId}-${from + i}`,
      name: welcomeBatchReady.name,
      data: { organisationId: queue.organisationId, queueId: queue.queueId, batch: from + i },
    }));
  }
}
