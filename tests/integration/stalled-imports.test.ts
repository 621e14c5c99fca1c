import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { drainInProcessJobs, isImportActiveInProcess, runImportInProcess } from "@/lib/server/jobs/in-process";
import { resumeStalledImports } from "@/lib/server/jobs/resume-jobs";
import { createTestOrganisation, queueCsv, staffCsv } from "./support/fixtures";

describe("the in-process runner's stalled imports", () => {
  it("finishes an import left RUNNING that no one in this process is working on", async () => {
    const org = await createTestOrganisation();
    const importId = await queueCsv(org, staffCsv(300), { sendWelcome: false });
    const db = await getDb();
    // As a failure handler that couldn't reach the database leaves it.
    await db.importJob.update({ where: { id: importId }, data: { status: "RUNNING", startedAt: new Date() } });
    expect(isImportActiveInProcess(importId)).toBe(false);

    const resumed = await resumeStalledImports(db);
    expect(resumed.imports).toBeGreaterThanOrEqual(1);
    expect(isImportActiveInProcess(importId)).toBe(true);
    await drainInProcessJobs();

    expect(await db.importJob.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({ status: "COMPLETED", createdCount: 300, failedCount: 0 });
    expect(isImportActiveInProcess(importId)).toBe(false);
  });

  it("never starts an import twice while this process has it queued or running", async () => {
    const org = await createTestOrganisation();
    const importId = await queueCsv(org, staffCsv(50), { sendWelcome: false });
    const data = { importId, organisationId: org.organisationId };
    const first = runImportInProcess(data);
    expect(runImportInProcess(data)).toBe(first);
    await resumeStalledImports(await getDb());
    expect(runImportInProcess(data)).toBe(first);
    await first;
    expect(isImportActiveInProcess(importId)).toBe(false);
    const db = await getDb();
    expect(await db.importJob.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({ status: "COMPLETED", createdCount: 50 });
    expect(await db.importRow.count({ where: { importId, outcome: "CREATED" } })).toBe(50);
  });
});
