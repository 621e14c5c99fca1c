import { afterAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { runImportInProcess, stopInProcessJobs } from "@/lib/server/jobs/in-process";
import { createTestOrganisation, queueCsv, staffCsv } from "./support/fixtures";

const ROWS = 10_000; // five chunks of IMPORT_CHUNK_SIZE=2000 (vitest.config.ts)

// A shutdown stops this process's runner for good; the restart below gets a fresh one.
afterAll(() => void delete (globalThis as { rollcallJobRunner?: unknown }).rollcallJobRunner);

describe("shutting down the in-process runner mid-import", () => {
  it("lets the running chunk commit, starts no other, marks nothing failed, and the next start finishes the import exactly", async () => {
    const db = await getDb();
    const org = await createTestOrganisation();
    const importId = await queueCsv(org, staffCsv(ROWS), { sendWelcome: false });
    const applied = () => db.importRow.count({ where: { importId, outcome: { not: "PENDING" } } });

    const running = runImportInProcess({ importId, organisationId: org.organisationId });
    await expect.poll(applied, { timeout: 30_000, interval: 20 }).toBeGreaterThan(0);
    expect(await stopInProcessJobs(5_000), "the running step finished within the grace period").toBe(true);
    await running;

    const atShutdown = await applied();
    expect(atShutdown % 2_000, "only whole chunks were applied").toBe(0);
    expect(atShutdown).toBeLessThan(ROWS);
    expect(await db.importJob.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({ status: "RUNNING", error: null });
    await runImportInProcess({ importId, organisationId: org.organisationId });
    expect(await applied(), "no work is taken once stopping").toBe(atShutdown);

    // The next start: a new process's runner resumes from the last checkpoint.
    delete (globalThis as { rollcallJobRunner?: unknown }).rollcallJobRunner;
    vi.resetModules();
    const [fresh, resume] = await Promise.all([import("@/lib/server/jobs/in-process"), import("@/lib/server/jobs/resume-jobs")]);
    await resume.resumeInProcessJobs(db);
    await fresh.drainInProcessJobs();

    expect(await db.importJob.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({ status: "COMPLETED", createdCount: ROWS, failedCount: 0 });
    expect(await db.importRow.count({ where: { importId, outcome: "CREATED" } })).toBe(ROWS);
    expect(await db.learner.count({ where: { organisationId: org.organisationId } })).toBe(ROWS);
  });
});
