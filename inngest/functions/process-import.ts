import { onImportFailure, processImportSteps } from "@/lib/server/imports/process-import";
import { importQueued, inngest, type ImportQueuedData } from "@/lib/server/jobs/inngest-client";
import type { Steps } from "@/lib/server/jobs/steps";

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
