import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { drainInProcessJobs, enqueueWelcomeBatch, isImportActiveInProcess, runImportInProcess } from "@/lib/server/jobs/in-process";
import { resumeStalledImports } from "@/lib/server/jobs/resume-jobs";
import { queueWelcomeEmails } from "@/lib/server/welcome/queue-welcome-emails";
import { createTestOrganisation, queueCsv, staffCsv } from "./support/fixtures";

describe("the in-process runner", () => {
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

  it("doesn't run a welcome batch twice when the same fan-out arrives again (an import retried after fanning out)", async () => {
    const db = await getDb();
    const org = await createTestOrganisation();
    const importId = await queueCsv(org, staffCsv(2), { sendWelcome: false });
    await runImportInProcess({ importId, organisationId: org.organisationId });
    const batch = { ...(await queueWelcomeEmails(db, importId)), batch: 0 };
    const learners = await db.learner.findMany({ where: { createdByImportId: importId }, select: { id: true } });

    const first = enqueueWelcomeBatch(batch);
    expect(enqueueWelcomeBatch({ organisationId: batch.organisationId, queueId: batch.queueId, batch: 0 })).toBe(first);
    await drainInProcessJobs();

    const emails = await db.email.findMany({ where: { importId, kind: "WELCOME" }, select: { learnerId: true } });
    expect(emails.map((e) => e.learnerId).sort()).toEqual(learners.map((l) => l.id).sort());
    expect(enqueueWelcomeBatch(batch), "a settled batch is forgotten").not.toBe(first);
    await drainInProcessJobs();
    expect(await db.email.count({ where: { importId, kind: "WELCOME" } }), "and, sent, does nothing again").toBe(2);
  });

  it("is one runner per process even when its module is loaded twice (Next.js bundles instrumentation.ts apart from the app)", async () => {
    const db = await getDb();
    const org = await createTestOrganisation();
    const importId = await queueCsv(org, staffCsv(4_500), { sendWelcome: false });
    const data = { importId, organisationId: org.organisationId };
    const started = runImportInProcess(data);

    vi.resetModules();
    const [copy, copyResume] = await Promise.all([import("@/lib/server/jobs/in-process"), import("@/lib/server/jobs/resume-jobs")]);
    expect(copy.runImportInProcess).not.toBe(runImportInProcess);
    expect(copy.isImportActiveInProcess(importId)).toBe(true);
    expect(copy.runImportInProcess(data)).toBe(started);
    await copyResume.resumeStalledImports(db);
    await started;
    await drainInProcessJobs();

    const finished = await db.auditLog.findMany({ where: { organisationId: org.organisationId, action: "import.completed" } });
    expect(finished, "the import ran once").toHaveLength(1);
    expect(await db.importJob.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({ status: "COMPLETED", createdCount: 4_500 });
  });

  it("leaves an import alone while another process runs it (the CLI beside the app), and takes it over once that process is gone", async () => {
    const db = await getDb();
    const org = await createTestOrganisation();
    const importId = await queueCsv(org, staffCsv(30), { sendWelcome: false });
    const data = { importId, organisationId: org.organisationId };
    // The other process holds its claim on its own connection, as lib/server/jobs/import-claims.ts does.
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    await other.query("SELECT pg_advisory_lock(72707370, hashtext($1))", [importId]);

    await resumeStalledImports(db);
    await runImportInProcess(data);
    expect(await db.importJob.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({ status: "QUEUED", processedRows: 0 });

    await other.end(); // the other process ends (or dies): the database lets go of its claim
    await resumeStalledImports(db);
    await drainInProcessJobs();
    expect(await db.importJob.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({ status: "COMPLETED", createdCount: 30 });
  });
});
