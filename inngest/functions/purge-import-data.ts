import { inngest } from "@/lib/server/jobs/inngest-client";
import type { Steps } from "@/lib/server/jobs/steps";
import { importRetentionSteps } from "@/lib/server/retention/import-retention-steps";

/** Hourly: deletes the file contents of imports past their organisation's retention period, and stale drafts. */
export const purgeImportData = inngest.createFunction(
  {
    id: "purge-import-data",
    triggers: [{ cron: "TZ=UTC 17 * * * *" }],
    // One run at a time: two would only race each other over the same batches.
    concurrency: { limit: 1 },
    retries: 3,
  },
  async ({ step }) => importRetentionSteps(step as unknown as Steps),
);
