import { importQueued, inngest, type ImportQueuedData } from "@/lib/server/jobs/inngest-client";
import { inngestMode } from "@/lib/env";
import { runImportInProcess } from "./in-process";

/** Hands a queued import to Inngest, or on the embedded default to the in-process runner. */
export async function enqueueImport(data: ImportQueuedData) {
  if (inngestMode() === "in-process") {
    void runImportInProcess(data);
    return;
  }
  await inngest.send(importQueued.create(data));
}
