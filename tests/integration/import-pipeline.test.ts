import { afterAll, describe, expect, it } from "vitest";
import { applyChunk } from "@/lib/server/imports/apply-chunk";
import { finishImport } from "@/lib/server/imports/finish-import";
import { processImportSteps } from "@/lib/server/imports/process-import";
import { startImport } from "@/lib/server/imports/start-import";
import type { Steps } from "@/lib/server/jobs/steps";
import { getDb } from "@/lib/db";
import { drainInProcessJobs, inProcessSteps, runImportInProcess } from "@/lib/server/jobs/in-process";
import { createTestOrganisation, learnerSnapshot, queueCsv, staffCsv } from "./support/fixtures";

afterAll(async () => {
  await drainInProcessJobs();
});

async function runToEnd(importId: string, organisationId: string) {
  await processImportSteps({ importId, organisationId }, inProcessSteps);
  return (await getDb()).importJob.findUniqueOrThrow({ where: { id: importId } });
}

describe("background import on real PostgreSQL", () => {
  it("creates, then updates, exactly the users in the file", async () => {
    const org = await createTestOrganisation();
    const first = await queueCsv(org, staffCsv(3), { sendWelcome: false });
    const job = await runToEnd(first, org.organisationId);
    expect(job).toMatchObject({ status: "COMPLETED", createdCount: 3, updatedCount: 0, processedRows: 3, failedCount: 0 });

    const edited = staffCsv(3).replace("person1@example.com,First1,Last1,1,Sales", "PERSON1@example.com,First1,Last1,0,Support");
    const second = await runToEnd(await queueCsv(org, edited, { sendWelcome: false }), org.organisationId);
    expect(second).toMatchObject({ createdCount: 0, updatedCount: 1, unchangedCount: 2 });

    const learners = await learnerSnapshot(org.organisationId);
    expect(learners).toHaveLength(3);
    expect(learners[1]).toMatchObject({ emailKey: "person1@example.com", active: false, customFields: { cf_department: "Support", cf_job_title: "Role 1", cf_employee_id: "000001" } });
  });

  it("skips invalid and duplicate rows with a reason and imports the rest", async () => {
    const org = await createTestOrganisation();
    const csv = ["Email,First Name,Last Name,Active", "ok@example.com,Ok,User,1", "bob@,Bob,Broken,1", "OK@example.com,Dup,User,1", "new@example.com,,,1"].join("\n");
    const job = await runToEnd(await queueCsv(org, csv, { sendWelcome: false }), org.organisationId);
    expect(job).toMatchObject({ createdCount: 1, failedCount: 3 });
    const rows = await (await getDb()).importRow.findMany({ where: { importId: job.id }, orderBy: { rowNumber: "asc" } });
    expect(rows.map((r) => r.outcome)).toEqual(["CREATED", "FAILED", "FAILED", "FAILED"]);
    expect(rows[1]!.message).toMatch(/bob@/);
    expect(rows[2]!.message).toMatch(/row 2/i);
    expect(rows[3]!.message).toMatch(/First Name/);
  });

  it("imports 20,000 rows with exact counts", async () => {
    const org = await createTestOrganisation();
    const job = await runToEnd(await queueCsv(org, staffCsv(20_000), { sendWelcome: false }), org.organisationId);
    expect(job).toMatchObject({ status: "COMPLETED", createdCount: 20_000, processedRows: 20_000, failedCount: 0 });
    expect(await (await getDb()).learner.count({ where: { organisationId: org.organisationId } })).toBe(20_000);
  });

  it("a run interrupted after a few chunks and resumed ends in the same state as an uninterrupted one", async () => {
    const csv = staffCsv(9_000, { department: (i) => (i % 3 ? "Sales" : "Ops") });
    const reference = await createTestOrganisation();
    await runToEnd(await queueCsv(reference, csv, { sendWelcome: false }), reference.organisationId);

    const interrupted = await createTestOrganisation();
    const importId = await queueCsv(interrupted, csv, { sendWelcome: false });
    let chunksRun = 0;
    const crashingSteps: Steps = {
      ...inProcessSteps,
      async run(id, fn) {
        if (id.startsWith("apply-chunk-") && ++chunksRun > 2) throw new Error("simulated crash");
        return fn();
      },
    };
    await expect(processImportSteps({ importId, organisationId: interrupted.organisationId }, crashingSteps)).rejects.toThrow("simulated crash");
    const midway = await (await getDb()).importJob.findUniqueOrThrow({ where: { id: importId } });
    expect(midway.status).toBe("RUNNING");
    expect(midway.processedRows).toBe(4_000);

    const resumed = await runToEnd(importId, interrupted.organisationId);
    expect(resumed).toMatchObject({ status: "COMPLETED", createdCount: 9_000, processedRows: 9_000 });
    expect(await learnerSnapshot(interrupted.organisationId)).toEqual(await learnerSnapshot(reference.organisationId));
  });

  it("a chunk applied twice or out of order writes only its own rows, and the counts stay exact", async () => {
    const db = await getDb();
    const org = await createTestOrganisation();
    const importId = await queueCsv(org, staffCsv(5_000), { sendWelcome: false });
    const chunks = (await startImport(db, importId, 2_000))!;
    expect(chunks).toHaveLength(3);

    expect(await applyChunk(db, importId, chunks[1]!)).toMatchObject({ created: 2_000 });
    const outcomes = await db.importRow.groupBy({ by: ["outcome"], where: { importId }, _count: { _all: true }, orderBy: { outcome: "asc" } });
    expect(outcomes.map((o) => [o.outcome, o._count._all])).toEqual([["PENDING", 3_000], ["CREATED", 2_000]]);
    // A retry of a chunk whose commit went through (its step result was lost) changes nothing.
    expect(await applyChunk(db, importId, chunks[1]!)).toEqual({ created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0 });
    expect(await db.importJob.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({ processedRows: 2_000, createdCount: 2_000 });

    for (const chunk of [chunks[2]!, chunks[0]!, chunks[2]!]) await applyChunk(db, importId, chunk);
    expect(await finishImport(db, importId)).toMatchObject({ status: "COMPLETED", createdCount: 5_000, processedRows: 5_000, failedCount: 0 });
    expect(await db.learner.count({ where: { organisationId: org.organisationId } })).toBe(5_000);
    // New learners' ids grow with their creation (like cuid()), so each chunk appends to the indexes on them.
    const rows = await db.importRow.findMany({ where: { importId, rowNumber: { gte: chunks[0]!.fromRow, lte: chunks[0]!.toRow } }, orderBy: { rowNumber: "asc" }, select: { learnerId: true } });
    const ids = rows.map((row) => row.learnerId!);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(2_000);
  });

  it("two imports for one organisation started together end consistent", async () => {
    const org = await createTestOrganisation();
    const a = await queueCsv(org, staffCsv(3_000), { sendWelcome: false });
    const b = await queueCsv(org, staffCsv(3_000, { offset: 1_500, department: () => "Ops" }), { sendWelcome: false });
    await Promise.all([
      runImportInProcess({ importId: a, organisationId: org.organisationId }),
      runImportInProcess({ importId: b, organisationId: org.organisationId }),
    ]);
    const db = await getDb();
    const jobs = await db.importJob.findMany({ where: { id: { in: [a, b] } } });
    const total = jobs.reduce((sum, j) => sum + j.createdCount, 0);
    expect(jobs.every((j) => j.status === "COMPLETED")).toBe(true);
    expect(total).toBe(4_500);
    expect(await db.learner.count({ where: { organisationId: org.organisationId } })).toBe(4_500);
    expect(await db.learner.count({ where: { organisationId: org.organisationId, customFields: { path: ["cf_department"], equals: "Ops" } } })).toBe(3_000);
  });
});
