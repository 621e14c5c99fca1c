import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { processImportSteps } from "@/lib/server/imports/process-import";
import { inProcessSteps, startInProcessRetention, stopInProcessJobs } from "@/lib/server/jobs/in-process";
import { createTestOrganisation, queueCsv, staffCsv } from "./support/fixtures";

// stopInProcessJobs leaves the runner stopping; the next file gets a fresh one.
afterAll(() => void delete (globalThis as { rollcallJobRunner?: unknown }).rollcallJobRunner);

const longAgo = () => new Date(Date.now() - 91 * 24 * 60 * 60 * 1000);

async function finishedImport() {
  const org = await createTestOrganisation();
  const importId = await queueCsv(org, staffCsv(3), { sendWelcome: false });
  await processImportSteps({ importId, organisationId: org.organisationId }, inProcessSteps);
  return importId;
}
async function expire(importId: string) {
  await (await getDb()).importJob.update({ where: { id: importId }, data: { finishedAt: longAgo() } });
  return importId;
}
const purgedAt = async (importId: string) => (await (await getDb()).importJob.findUniqueOrThrow({ where: { id: importId } })).dataPurgedAt;

describe("the in-process retention timer", () => {
  it("purges on its schedule, and stops on shutdown", async () => {
    const first = await expire(await finishedImport());
    startInProcessRetention({ firstRunMs: 0, intervalMs: 100 });
    await expect.poll(() => purgedAt(first), { timeout: 10_000 }).not.toBeNull();

    const second = await expire(await finishedImport());
    const afterStop = await finishedImport();
    await expect.poll(() => purgedAt(second), { timeout: 10_000 }).not.toBeNull();

    expect(await stopInProcessJobs(5_000)).toBe(true);
    await expire(afterStop);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await purgedAt(afterStop), "no run starts after the shutdown").toBeNull();
  });
});
