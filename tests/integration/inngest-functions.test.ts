import { InngestTestEngine } from "@inngest/test";
import { afterAll, describe, expect, it, vi } from "vitest";

import { processImport } from "@/inngest/functions/process-import";
import { purgeImportData } from "@/inngest/functions/purge-import-data";
import { sendWelcomeEmails } from "@/inngest/functions/send-welcome-emails";
import { getDb } from "@/lib/db";
import { setLearnersActive } from "@/lib/server/learners/set-learners-active";
import { queueWelcomeEmails } from "@/lib/server/welcome/queue-welcome-emails";
import { openWelcomeBatch } from "@/lib/server/welcome/welcome-batch";
import { createTestOrganisation, learnerSnapshot, queueCsv, queueTextbox, staffCsv } from "./support/fixtures";

// Vitest runs this before the imports above, so lib/env.ts reads it: 250 rows make 3 chunks, and emails stay in the outbox.
vi.hoisted(() => {
  vi.stubEnv("IMPORT_CHUNK_SIZE", "100");
  vi.stubEnv("RESEND_API_KEY", "");
});

afterAll(() => {
  vi.unstubAllEnvs();
});

type Org = Awaited<ReturnType<typeof createTestOrganisation>>;
type MockCtx = InngestTestEngine.MockContext;

/** The step.run and step.sendEvent ids the run's final execution called, in call order. */
function stepIds(ctx: MockCtx) {
  const calls = [ctx.step.run.mock, ctx.step.sendEvent.mock].flatMap((mock) =>
    mock.calls.map((args, i) => ({ id: args[0] as string, order: mock.invocationCallOrder[i]! })),
  );
  return calls.sort((a, b) => a.order - b.order).map((c) => c.id);
}

function sentEvents(ctx: MockCtx) {
  return ctx.step.sendEvent.mock.calls.map((args) => ({ id: args[0], events: args[1] as { id: string; name: string; data: { organisationId: string; queueId: string; batch: number } }[] }));
}

/**
 * A fresh engine for one run of processImport. Sending events needs an
 * Inngest server, so the send step is mocked; the events it was given are
 * read from the step.sendEvent spy.
 */
function processImportEngine(org: Org, importId: string) {
  return new InngestTestEngine({
    function: processImport,
    events: [{ name: "rollcall/import.queued", data: { importId, organisationId: org.organisationId } }],
    steps: [{ id: "send-welcome-batches-0", handler: () => ({ ids: [] }) }],
  });
}

async function jobOf(importId: string) {
  return (await getDb()).importJob.findUniqueOrThrow({ where: { id: importId } });
}

describe("processImport", () => {
  it("runs start, each chunk, finish, queue-welcome-emails and notify-admin in order and fans out the welcome batches", async () => {
    const org = await createTestOrganisation();
    const importId = await queueCsv(org, staffCsv(250), { sendWelcome: true });

    const { result, error, ctx } = await processImportEngine(org, importId).execute();
    expect(error).toBeUndefined();
    expect(result).toEqual({ importId, chunks: 3 });
    expect(stepIds(ctx)).toEqual(["start", "apply-chunk-0", "apply-chunk-1", "apply-chunk-2", "finish", "queue-welcome-emails", "send-welcome-batches-0", "notify-admin"]);

    expect(await jobOf(importId)).toMatchObject({ status: "COMPLETED", createdCount: 250, processedRows: 250, failedCount: 0 });
    const db = await getDb();
    const learnerIds = (await db.learner.findMany({ where: { organisationId: org.organisationId }, select: { id: true } })).map((l) => l.id);
    const [sent] = sentEvents(ctx);
    // The events name the stored batches; the batches hold the learners, each once.
    expect(sent!.events).toEqual([0, 1, 2].map((batch) => ({
      id: `welcome-batch-${importId}-${batch}`,
      name: "rollcall/welcome.batch-ready",
      data: { organisationId: org.organisationId, queueId: importId, batch },
    })));
    const batches = await db.welcomeBatch.findMany({ where: { queueId: importId }, orderBy: { number: "asc" } });
    expect(batches.map((b) => [b.number, b.importId, b.learnerIds.length])).toEqual([[0, importId, 100], [1, importId, 100], [2, importId, 50]]);
    expect(batches.flatMap((b) => b.learnerIds).sort()).toEqual(learnerIds.sort());
    expect(await db.email.count({ where: { importId, kind: "IMPORT_FINISHED" } })).toBe(1);
  });

  it("skips the welcome steps when the admin chose not to send welcome emails", async () => {
    const org = await createTestOrganisation();
    const importId = await queueTextbox(org, "a@x.com, Ann, Lee", { sendWelcome: false });

    const { ctx } = await processImportEngine(org, importId).execute();
    expect(stepIds(ctx)).toEqual(["start", "apply-chunk-0", "finish", "notify-admin"]);
    expect((await learnerSnapshot(org.organisationId)).map((l) => l.welcomeStatus)).toEqual(["NOT_SENT"]);
  });

  it("re-running every step after a crash, and again after completion, creates no duplicates and keeps counts exact", async () => {
    const org = await createTestOrganisation();
    const importId = await queueCsv(org, staffCsv(250), { sendWelcome: true });

    // First attempt gets through two chunks, then the run is lost.
    await processImportEngine(org, importId).executeStep("apply-chunk-1");
    expect(await jobOf(importId)).toMatchObject({ status: "RUNNING", processedRows: 200 });

    // A retry with no memoized state repeats every step, including the chunks already applied.
    const retry = await processImportEngine(org, importId).execute();
    expect(retry.error).toBeUndefined();
    const expected = { status: "COMPLETED", totalRows: 250, processedRows: 250, createdCount: 250, updatedCount: 0, unchangedCount: 0, failedCount: 0 };
    expect(await jobOf(importId)).toMatchObject(expected);
    const afterRetry = await learnerSnapshot(org.organisationId);
    expect(afterRetry).toHaveLength(250);

    // Running the whole function once more changes nothing and announces the same batches.
    const again = await processImportEngine(org, importId).execute();
    expect(again.error).toBeUndefined();
    expect(await jobOf(importId)).toMatchObject(expected);
    expect(await learnerSnapshot(org.organisationId)).toEqual(afterRetry);
    expect(sentEvents(again.ctx)).toEqual(sentEvents(retry.ctx));
    expect(await (await getDb()).email.count({ where: { importId, kind: "IMPORT_FINISHED" } })).toBe(1);
  });
});

describe("sendWelcomeEmails", () => {
  /** Two learners created by an import and queued for their welcome email. */
  async function queuedLearners() {
    const org = await createTestOrganisation();
    const importId = await queueTextbox(org, "a@x.com, Ann, Lee\nb@x.com, Bo, Ng", { sendWelcome: false });
    await processImportEngine(org, importId).execute();
    const queue = await queueWelcomeEmails(await getDb(), importId);
    const { learnerIds } = (await openWelcomeBatch(await getDb(), { ...queue, batch: 0 }))!;
    return { org, queueId: queue.queueId, learnerIds };
  }

  function welcomeEngine(batch: { org: Org; queueId: string }) {
    return new InngestTestEngine({
      function: sendWelcomeEmails,
      events: [{ name: "rollcall/welcome.batch-ready", data: { organisationId: batch.org.organisationId, queueId: batch.queueId, batch: 0 } }],
    });
  }

  async function welcomeState(learnerIds: string[]) {
    const db = await getDb();
    const learners = await db.learner.findMany({ where: { id: { in: learnerIds } }, orderBy: { email: "asc" } });
    const emails = await db.email.findMany({ where: { learnerId: { in: learnerIds }, kind: "WELCOME" }, orderBy: { to: "asc" } });
    return {
      learners: learners.map((l) => ({ email: l.email, welcomeStatus: l.welcomeStatus, activationTokenHash: l.activationTokenHash })),
      emails: emails.map((e) => ({ to: e.to, status: e.status })),
    };
  }

  it("runs prepare then deliver and marks the learners sent", async () => {
    const batch = await queuedLearners();
    expect(batch.learnerIds).toHaveLength(2);

    const { result, ctx } = await welcomeEngine(batch).execute();
    expect(stepIds(ctx)).toEqual(["prepare", "deliver"]);
    expect(result).toEqual({ sent: 2, failed: 0, skipped: 0 });

    const state = await welcomeState(batch.learnerIds);
    expect(state.learners.map((l) => [l.email, l.welcomeStatus, typeof l.activationTokenHash])).toEqual([
      ["a@x.com", "SENT", "string"],
      ["b@x.com", "SENT", "string"],
    ]);
    expect(state.emails).toEqual([
      { to: "a@x.com", status: "OUTBOX" },
      { to: "b@x.com", status: "OUTBOX" },
    ]);
  });

  it("skips and counts a learner archived while the batch waited, and shows them as not sent", async () => {
    const batch = await queuedLearners();
    const db = await getDb();
    const b = await db.learner.findFirstOrThrow({ where: { id: { in: batch.learnerIds }, email: "b@x.com" } });
    await setLearnersActive(db, batch.org.organisationId, { ids: [b.id], active: false, adminId: null });

    const { result } = await welcomeEngine(batch).execute();
    expect(result).toEqual({ sent: 1, failed: 0, skipped: 1 });
    const state = await welcomeState(batch.learnerIds);
    expect(state.learners.map((l) => [l.email, l.welcomeStatus, typeof l.activationTokenHash])).toEqual([
      ["a@x.com", "SENT", "string"],
      ["b@x.com", "NOT_SENT", "object"],
    ]);
    expect(state.emails).toEqual([
      { to: "a@x.com", status: "OUTBOX" },
      { to: "b@x.com", status: "SKIPPED" },
    ]);
  });

  it("a retry after prepare delivers the already prepared emails, with the same links, once", async () => {
    const batch = await queuedLearners();
    await welcomeEngine(batch).executeStep("prepare");
    const prepared = await welcomeState(batch.learnerIds);
    expect(prepared.emails.map((e) => e.status)).toEqual(["QUEUED", "QUEUED"]);

    const retry = await welcomeEngine(batch).execute();
    expect(retry.result).toEqual({ sent: 2, failed: 0, skipped: 0 });
    const delivered = await welcomeState(batch.learnerIds);
    expect(delivered.learners.map((l) => l.activationTokenHash)).toEqual(prepared.learners.map((l) => l.activationTokenHash));
    expect(delivered.emails.map((e) => e.status)).toEqual(["OUTBOX", "OUTBOX"]);

    const again = await welcomeEngine(batch).execute();
    expect(again.result).toEqual({ sent: 0, failed: 0, skipped: 0 });
    expect(await welcomeState(batch.learnerIds)).toEqual(delivered);
  });
});

describe("purgeImportData", () => {
  it("runs hourly, purges in steps an import past its organisation's period, then logs one activity entry", async () => {
    const org = await createTestOrganisation();
    const importId = await queueCsv(org, staffCsv(3), { sendWelcome: false });
    await processImportEngine(org, importId).execute();
    const db = await getDb();
    const longAgo = new Date(Date.now() - 91 * 24 * 60 * 60 * 1000);
    await db.importJob.update({ where: { id: importId }, data: { finishedAt: longAgo } });

    const engine = () => new InngestTestEngine({ function: purgeImportData, events: [{ name: "inngest/scheduled.timer", data: { cron: "TZ=UTC 17 * * * *" } }] });
    const { result, error, ctx } = await engine().execute();
    expect(error).toBeUndefined();
    expect(stepIds(ctx)).toEqual(["now", "purge-0", "record-activity"]);
    expect(result).toMatchObject({ imports: expect.any(Number), rows: expect.any(Number) });
    expect((result as { rows: number }).rows).toBeGreaterThanOrEqual(3);

    expect(await jobOf(importId)).toMatchObject({ status: "COMPLETED", createdCount: 3, dataPurgedAt: expect.any(Date), dataPurgeFinishedAt: expect.any(Date) });
    expect(await db.importRow.count({ where: { importId, NOT: { cells: { isEmpty: true } } } })).toBe(0);
    expect(await db.auditLog.findFirst({ where: { organisationId: org.organisationId, action: "import.data_purged" }, select: { detail: true } })).toEqual({ detail: { imports: 1, rows: 3, drafts: 0 } });

    // The next hour's run finds nothing due and logs nothing.
    const again = await engine().execute();
    expect(again.error).toBeUndefined();
    expect(await db.auditLog.count({ where: { organisationId: org.organisationId, action: "import.data_purged" } })).toBe(1);
  });

  it("is registered with the cron trigger the Inngest route serves", async () => {
    const { functions } = await import("@/inngest");
    expect(functions).toContain(purgeImportData);
    expect(purgeImportData.opts.triggers).toEqual([{ cron: "TZ=UTC 17 * * * *" }]);
  });
});
