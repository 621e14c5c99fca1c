import { eventType, Inngest } from "inngest";
import { z } from "zod";

export const inngest = new Inngest({ id: "rollcall" });

/** Events carry ids only: the rows live in the database (Inngest limits payloads and step results). */
export const importQueued = eventType("rollcall/import.queued", {
  schema: z.object({ importId: z.string(), organisationId: z.string() }),
});
export type ImportQueuedData = z.infer<typeof importQueued.schema>;

/** Names one stored WelcomeBatch (lib/server/welcome/store-welcome-batches.ts), not its learners. */
export const welcomeBatchReady = eventType("rollcall/welcome.batch-ready", {
  schema: z.object({ organisationId: z.string(), queueId: z.string(), batch: z.number().int().min(0) }),
});
export type WelcomeBatchData = z.infer<typeof welcomeBatchReady.schema>;
