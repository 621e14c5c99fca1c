import { describe, expect, it } from "vitest";
import { GET as getImportRoute } from "@/app/api/v1/imports/[id]/route";
import { GET as getErrorsRoute } from "@/app/api/v1/imports/[id]/errors/route";
import { POST as undoRoute } from "@/app/api/v1/imports/[id]/undo/route";
import { importSchema } from "@/lib/api/v1/schemas";
import { getDb } from "@/lib/db";
import { failImport } from "@/lib/server/imports/finish-import";
import { importOptionsSchema } from "@/lib/server/imports/import-options";
import { listImportRows } from "@/lib/server/imports/list-import-rows";
import { processImportSteps } from "@/lib/server/imports/process-import";
import { queueImport } from "@/lib/server/imports/queue-import";
import { retryImport } from "@/lib/server/imports/retry-import";
import { undoImport } from "@/lib/server/imports/undo-import";
import { drainInProcessJobs, inProcessSteps } from "@/lib/server/jobs/in-process";
import { purgeImportDataStep } from "@/lib/server/retention/purge-import-data";
import { runImportRetention } from "@/lib/server/retention/run-import-retention";
import { callApi, problemOf, tokenFor } from "./support/api";
import { draftCsv } from "./support/drafts";
import { createTestOrganisation, queueCsv, staffCsv } from "./support/fixtures";

const DAY = 24 * 60 * 60 * 1000;
type Org = Awaited<ReturnType<typeof createTestOrganisation>>;

async function importCsv(org: Org, csv: string) {
  const importId = await queueCsv(org, csv, { sendWelcome: false });
  await processImportSteps({ importId, organisationId: org.organisationId }, inProcessSteps);
  return importId;
}

/** 5 staff and a row that can't be imported, so the import has an error report. */
const csvWithError = (offset = 0) => `${staffCsv(5, { offset })}\nbroken-email,No,Address,1,Sales,Role,000999`;

async function jobOf(importId: string) {
  return (await getDb()).importJob.findUniqueOrThrow({ where: { id: importId } });
}
async function rowsOf(importId: string) {
  return (await getDb()).importRow.findMany({ where: { importId }, orderBy: { rowNumber: "asc" } });
}
/** When the retention period of an import that finished at `finishedAt` has passed, by a minute. */
const pastPeriod = (finishedAt: Date, days: number) => new Date(finishedAt.getTime() + days * DAY + 60_000);
const countsFor = (counts: { organisationId: string }[], org: Org) => counts.find((c) => c.organisationId === org.organisationId);

describe("import retention purge", () => {
  it("removes the cells, values and messages of an import past the period, keeping outcomes, learner links and counts; undo and the error report then refuse", async () => {
    const org = await createTestOrganisation();
    const importId = await importCsv(org, csvWithError());
    const before = await jobOf(importId);
    const rowsBefore = await rowsOf(importId);
    expect(rowsBefore.some((r) => r.cells.length > 0 && r.applied !== null)).toBe(true);

    const now = pastPeriod(before.finishedAt!, 90);
    const counts = await runImportRetention(await getDb(), { now });
    expect(countsFor(counts, org)).toEqual({ organisationId: org.organisationId, imports: 1, rows: 6, drafts: 0 });

    const after = await jobOf(importId);
    expect(after).toMatchObject({ status: "COMPLETED", createdCount: 5, failedCount: 1, totalRows: 6, headers: before.headers, dataPurgedAt: now, dataPurgeFinishedAt: now });
    const rowsAfter = await rowsOf(importId);
    expect(rowsAfter.map((r) => [r.rowNumber, r.outcome, r.learnerId])).toEqual(rowsBefore.map((r) => [r.rowNumber, r.outcome, r.learnerId]));
    expect(rowsAfter.every((r) => r.cells.length === 0 && r.previous === null && r.applied === null && r.message === null)).toBe(true);

    // The page's rows still name each imported user, from the user record.
    const page = await listImportRows(await getDb(), after, { outcome: "all", page: 1, pageSize: 50 });
    expect(page.rows.map((r) => r.email)).toEqual(["person0@example.com", "person1@example.com", "person2@example.com", "person3@example.com", "person4@example.com", ""]);

    const undo = await undoImport(await getDb(), org.organisationId, importId, { adminId: org.adminId });
    expect(undo).toEqual({ ok: false, error: expect.stringMatching(/^The file's contents were deleted on .+ under your organisation's retention policy, so it can no longer be undone\./) });
    expect((await jobOf(importId)).status).toBe("COMPLETED");

    const { secret } = await tokenFor(org);
    const errors = await callApi(getErrorsRoute, `/api/v1/imports/${importId}/errors`, { token: secret, params: { id: importId } });
    expect(errors.status).toBe(410);
    expect(await problemOf(errors)).toMatchObject({ code: "import_data_purged", detail: expect.stringContaining("there is no error report any more") });
    const undoApi = await callApi(undoRoute, `/api/v1/imports/${importId}/undo`, { token: secret, params: { id: importId } });
    expect(undoApi.status).toBe(409);
    expect(await problemOf(undoApi)).toMatchObject({ code: "import_data_purged" });
    const status = importSchema.parse(await (await callApi(getImportRoute, `/api/v1/imports/${importId}`, { token: secret, params: { id: importId } })).json());
    expect(status).toMatchObject({ status: "completed", counts: { created: 5, failed: 1 }, dataPurgedAt: now.toISOString() });

    const entry = await (await getDb()).auditLog.findFirstOrThrow({ where: { organisationId: org.organisationId, action: "import.data_purged" } });
    expect(entry).toMatchObject({ adminId: null, detail: { imports: 1, rows: 6, drafts: 0 } });
  });

  it("leaves an import within the period untouched, and running again purges nothing more", async () => {
    const org = await createTestOrganisation();
    const importId = await importCsv(org, csvWithError());
    const finishedAt = (await jobOf(importId)).finishedAt!;
    const rowsBefore = await rowsOf(importId);

    const counts = await runImportRetention(await getDb(), { now: new Date(finishedAt.getTime() + 89 * DAY) });
    expect(countsFor(counts, org)).toBeUndefined();
    expect(await rowsOf(importId)).toEqual(rowsBefore);
    expect((await jobOf(importId)).dataPurgedAt).toBeNull();

    const now = pastPeriod(finishedAt, 90);
    await runImportRetention(await getDb(), { now });
    const again = await runImportRetention(await getDb(), { now: new Date(now.getTime() + DAY) });
    expect(countsFor(again, org)).toBeUndefined();
    expect((await jobOf(importId)).dataPurgedAt).toEqual(now);
    expect(await (await getDb()).auditLog.count({ where: { organisationId: org.organisationId, action: "import.data_purged" } })).toBe(1);
  });

  it("measures an undone import from its undo, and purges it once that is past the period", async () => {
    const org = await createTestOrganisation();
    const importId = await importCsv(org, staffCsv(3));
    const db = await getDb();
    const finishedAt = (await jobOf(importId)).finishedAt!;
    expect((await undoImport(db, org.organisationId, importId, { adminId: org.adminId })).ok).toBe(true);
    const undoneAt = new Date(finishedAt.getTime() + 30 * DAY);
    await db.importJob.update({ where: { id: importId }, data: { undoneAt } });

    await runImportRetention(db, { now: pastPeriod(finishedAt, 90) });
    expect((await jobOf(importId)).dataPurgedAt).toBeNull();
    await runImportRetention(db, { now: pastPeriod(undoneAt, 90) });
    expect(await jobOf(importId)).toMatchObject({ status: "UNDONE", dataPurgedAt: pastPeriod(undoneAt, 90) });
    expect((await rowsOf(importId)).every((r) => r.cells.length === 0 && r.previous === null)).toBe(true);
  });

  it("refuses to retry a failed import whose contents were purged", async () => {
    const org = await createTestOrganisation();
    const importId = await queueCsv(org, staffCsv(3), { sendWelcome: false });
    const db = await getDb();
    await failImport(db, importId, "The database could not be reached.");
    const failed = await jobOf(importId);

    await runImportRetention(db, { now: pastPeriod(failed.finishedAt!, 90) });
    expect((await rowsOf(importId)).every((r) => r.cells.length === 0)).toBe(true);
    const retry = await retryImport(db, org.organisationId, importId, org.adminId);
    expect(retry).toEqual({ ok: false, error: expect.stringContaining("so it can't be retried: upload the file again") });
    expect((await jobOf(importId)).status).toBe("FAILED");
  });

  it("never touches a queued or running import, however old", async () => {
    const org = await createTestOrganisation();
    const db = await getDb();
    const queued = await queueCsv(org, staffCsv(3), { sendWelcome: false });
    const running = await queueCsv(org, staffCsv(3, { offset: 10 }), { sendWelcome: false });
    const old = new Date(Date.now() - 400 * DAY);
    await db.importJob.update({ where: { id: queued }, data: { createdAt: old, queuedAt: old } });
    await db.importJob.update({ where: { id: running }, data: { status: "RUNNING", createdAt: old, queuedAt: old, startedAt: old } });

    await runImportRetention(db, { now: new Date() });
    for (const id of [queued, running]) {
      expect((await jobOf(id)).dataPurgedAt).toBeNull();
      expect((await rowsOf(id)).every((r) => r.cells.length > 0)).toBe(true);
    }
  });

  it("deletes a draft left unconfirmed for 30 days with its rows, keeps a 29-day-old one, and a deleted draft can't be queued", async () => {
    const org = await createTestOrganisation();
    const db = await getDb();
    const now = new Date();
    const stale = await draftCsv(org, staffCsv(12));
    const recent = await draftCsv(org, staffCsv(4));
    await db.importJob.update({ where: { id: stale }, data: { createdAt: new Date(now.getTime() - 30 * DAY - 60_000) } });
    await db.importJob.update({ where: { id: recent }, data: { createdAt: new Date(now.getTime() - 29 * DAY) } });

    // The review stored its plan for the stale draft (rows derived from the cells).
    await db.importRowPlan.create({ data: { importId: stale, rowNumber: 2, action: "create", detail: {} } });

    // Stopped after two statements (the plan, then the first 5 rows): the draft is marked, so it can't be confirmed while it goes.
    const options = importOptionsSchema.parse({ sendWelcome: false });
    expect((await purgeImportDataStep(db, { now, batchRows: 5, maxBatches: 2 })).done).toBe(false);
    expect(await db.importRowPlan.count({ where: { importId: stale } })).toBe(0);
    expect(await db.importRow.count({ where: { importId: stale } })).toBe(7);
    expect(await queueImport(db, { organisationId: org.organisationId, adminId: org.adminId, importId: stale, options })).toEqual({
      ok: false,
      error: "This draft was left unconfirmed for 30 days, so it is being deleted with the file's contents. Upload the file again to import it.",
    });

    const counts = await runImportRetention(db, { now, batchRows: 5 });
    expect(countsFor(counts, org)).toEqual({ organisationId: org.organisationId, imports: 0, rows: 0, drafts: 1 });
    expect(await db.importJob.findUnique({ where: { id: stale } })).toBeNull();
    expect(await db.importRow.count({ where: { importId: stale } })).toBe(0);
    expect(await db.importRow.count({ where: { importId: recent } })).toBe(4);

    const queued = await queueImport(db, { organisationId: org.organisationId, adminId: org.adminId, importId: stale, options });
    expect(queued).toEqual({ ok: false, error: "This import doesn't exist." });
  });

  it("only purges the organisations whose period has passed", async () => {
    const short = await createTestOrganisation();
    const long = await createTestOrganisation();
    const db = await getDb();
    await db.organisation.update({ where: { id: long.organisationId }, data: { importRetentionDays: 365 } });
    const shortImport = await importCsv(short, staffCsv(3));
    const longImport = await importCsv(long, staffCsv(3));
    const finishedAt = new Date(Math.max((await jobOf(shortImport)).finishedAt!.getTime(), (await jobOf(longImport)).finishedAt!.getTime()));

    const counts = await runImportRetention(db, { now: pastPeriod(finishedAt, 100) });
    expect(countsFor(counts, short)).toMatchObject({ imports: 1, rows: 3 });
    expect(countsFor(counts, long)).toBeUndefined();
    expect((await jobOf(longImport)).dataPurgedAt).toBeNull();
    expect((await rowsOf(longImport)).every((r) => r.cells.length > 0 && r.applied !== null)).toBe(true);
    expect(await db.auditLog.count({ where: { organisationId: long.organisationId, action: "import.data_purged" } })).toBe(0);
  });

  it("works in batches: a slice stops at its budget, marks the import purged at once, and the next run finishes it", async () => {
    const org = await createTestOrganisation();
    const db = await getDb();
    const importId = await importCsv(org, staffCsv(250));
    const now = pastPeriod((await jobOf(importId)).finishedAt!, 90);

    const slice = await purgeImportDataStep(db, { now, batchRows: 100, maxBatches: 2 });
    expect(slice.done).toBe(false);
    expect(countsFor(slice.counts, org)).toMatchObject({ imports: 0, rows: 200 });
    // Undo is refused from the moment the import is claimed, not only once every row is scrubbed.
    expect(await jobOf(importId)).toMatchObject({ dataPurgedAt: now, dataPurgeFinishedAt: null });
    expect((await undoImport(db, org.organisationId, importId, { adminId: org.adminId })).ok).toBe(false);
    expect((await rowsOf(importId)).filter((r) => r.cells.length > 0)).toHaveLength(50);

    const rest = await runImportRetention(db, { now: new Date(now.getTime() + 60 * 60_000), batchRows: 100 });
    expect(countsFor(rest, org)).toMatchObject({ imports: 1, rows: 50 });
    expect(await jobOf(importId)).toMatchObject({ dataPurgedAt: now, createdCount: 250 });
    expect((await rowsOf(importId)).every((r) => r.cells.length === 0 && r.outcome === "CREATED")).toBe(true);
  });

  it("deletes the sent welcome batches of a purged import, which name the learners it created", async () => {
    const org = await createTestOrganisation();
    const db = await getDb();
    const importId = await queueCsv(org, staffCsv(3), { sendWelcome: true });
    await processImportSteps({ importId, organisationId: org.organisationId }, inProcessSteps);
    await drainInProcessJobs();
    expect(await db.welcomeBatch.count({ where: { importId, finishedAt: { not: null } } })).toBe(1);

    await runImportRetention(db, { now: pastPeriod((await jobOf(importId)).finishedAt!, 90) });
    expect(await db.welcomeBatch.count({ where: { importId } })).toBe(0);
  });
});
