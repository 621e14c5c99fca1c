import { describe, expect, it } from "vitest";
import { onImportFailure, processImportSteps } from "@/lib/server/imports/process-import";
import { getDb } from "@/lib/db";
import { applyChunk } from "@/lib/server/imports/apply-chunk";
import { retryImport } from "@/lib/server/imports/retry-import";
import { startImport } from "@/lib/server/imports/start-import";
import { inProcessSteps } from "@/lib/server/jobs/in-process";
import { createTestOrganisation, learnerSnapshot, queueCsv, staffCsv } from "./support/fixtures";

const CHUNK = 2_000;

/** An import that applied its first chunk and then failed, as an outage outlasting the retries leaves it (admin told). */
async function failedAfterFirstChunk(org: { organisationId: string; adminId: string }, rows: number) {
  const db = await getDb();
  const importId = await queueCsv(org, staffCsv(rows), { sendWelcome: false });
  const chunks = await startImport(db, importId, CHUNK);
  await applyChunk(db, importId, chunks![0]!);
  await onImportFailure({ importId, organisationId: org.organisationId }, new Error("Can't reach database server at 127.0.0.1:5432"));
  return importId;
}

describe("retry a failed import", () => {
  it("applies the rest and ends exactly like an import that never failed", async () => {
    const db = await getDb();
    const org = await createTestOrganisation();
    const importId = await failedAfterFirstChunk(org, 5_000);
    expect(await db.learner.count({ where: { organisationId: org.organisationId } })).toBe(CHUNK);

    expect(await retryImport(db, org.organisationId, importId, org.adminId)).toEqual({ ok: true });
    expect(await db.importJob.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({ status: "QUEUED", error: null, finishedAt: null });
    await processImportSteps({ importId, organisationId: org.organisationId }, inProcessSteps);

    expect(await db.importJob.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({ status: "COMPLETED", processedRows: 5_000, createdCount: 5_000, failedCount: 0 });
    expect(await db.importRow.count({ where: { importId, outcome: "CREATED" } })).toBe(5_000);
    expect(await db.auditLog.count({ where: { organisationId: org.organisationId, action: "import.retried" } })).toBe(1);
    // The admin heard about the failure, then about the completion.
    const told = await db.email.findMany({ where: { importId, kind: "IMPORT_FINISHED" }, orderBy: { createdAt: "asc" }, select: { subject: true } });
    expect(told.map((e) => e.subject)).toEqual(["Your user import failed", "Your user import finished: 5000 created, 0 updated"]);

    const reference = await createTestOrganisation();
    const uninterrupted = await queueCsv(reference, staffCsv(5_000), { sendWelcome: false });
    await processImportSteps({ importId: uninterrupted, organisationId: reference.organisationId }, inProcessSteps);
    expect(await learnerSnapshot(org.organisationId)).toEqual(await learnerSnapshot(reference.organisationId));
  });

  it("refuses an import that hasn't failed, and changes nothing", async () => {
    const db = await getDb();
    const org = await createTestOrganisation();
    const importId = await queueCsv(org, staffCsv(3), { sendWelcome: false });
    await processImportSteps({ importId, organisationId: org.organisationId }, inProcessSteps);
    const before = await db.importJob.findUniqueOrThrow({ where: { id: importId } });

    expect(await retryImport(db, org.organisationId, importId, org.adminId)).toEqual({ ok: false, error: "Only a failed import can be retried." });
    expect(await db.importJob.findUniqueOrThrow({ where: { id: importId } })).toEqual(before);
  });

  it("answers another organisation's import as one that doesn't exist", async () => {
    const db = await getDb();
    const owner = await createTestOrganisation();
    const other = await createTestOrganisation();
    const importId = await failedAfterFirstChunk(owner, 2_100);

    expect(await retryImport(db, other.organisationId, importId, other.adminId)).toEqual({ ok: false, error: "This import doesn't exist." });
    expect(await retryImport(db, other.organisationId, "no-such-import", other.adminId)).toEqual({ ok: false, error: "This import doesn't exist." });
    expect((await db.importJob.findUniqueOrThrow({ where: { id: importId } })).status).toBe("FAILED");
  });

  it("does nothing for a draft or an undone import, whoever asks", async () => {
    const db = await getDb();
    const org = await createTestOrganisation();
    const { draftCsv } = await import("./support/drafts");
    const draftId = await draftCsv(org, "Email,First Name,Last Name,Active\nann@example.com,Ann,Lee,1\n");
    expect(await processImportSteps({ importId: draftId, organisationId: org.organisationId }, inProcessSteps)).toEqual({ importId: draftId, chunks: 0 });
    expect(await db.importJob.findUniqueOrThrow({ where: { id: draftId } })).toMatchObject({ status: "DRAFT", processedRows: 0 });
    expect(await db.learner.count({ where: { organisationId: org.organisationId } })).toBe(0);

    const { undoImport } = await import("@/lib/server/imports/undo-import");
    const undone = await queueCsv(org, staffCsv(2), { sendWelcome: false });
    await processImportSteps({ importId: undone, organisationId: org.organisationId }, inProcessSteps);
    expect(await undoImport(db, org.organisationId, undone, { adminId: org.adminId })).toMatchObject({ ok: true });
    await processImportSteps({ importId: undone, organisationId: org.organisationId }, inProcessSteps);
    expect((await db.importJob.findUniqueOrThrow({ where: { id: undone } })).status).toBe("UNDONE");
    expect(await db.learner.count({ where: { organisationId: org.organisationId } })).toBe(0);
  });
});
