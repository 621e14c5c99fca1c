import { InngestTestEngine } from "@inngest/test";
import { afterAll, describe, expect, it, vi } from "vitest";

import { processImport } from "@/inngest/functions/process-import";
import { getDb } from "@/lib/db";
import { MAX_APPLY_CHUNKS } from "@/lib/server/imports/chunk-size";
import { processImportSteps } from "@/lib/server/imports/process-import";
import { drainInProcessJobs, inProcessSteps, runImportInProcess } from "@/lib/server/jobs/in-process";
import { queueWelcomeEmails } from "@/lib/server/welcome/queue-welcome-emails";
import { WELCOME_EVENTS_PER_SEND } from "@/lib/server/welcome/welcome-batch-events";
import { createTestOrganisation, queueCsv, staffCsv } from "./support/fixtures";

// Read by lib/env.ts at import: chunks of 100 rows and welcome batches of 2 learners, so a
// 2,400-row import fans out 1,200 batches, as many sends (3) as 3,000 rows × 100 per batch would.
vi.hoisted(() => {
  vi.stubEnv("IMPORT_CHUNK_SIZE", "100");
  vi.stubEnv("WELCOME_BATCH_SIZE", "2");
  vi.stubEnv("RESEND_API_KEY", "");
});

afterAll(() => {
  vi.unstubAllEnvs();
});

// Inngest's limits (https://www.inngest.com/docs/usage-limits/inngest, /docs/durable-execution/limits).
const MAX_STEPS = 1_000;
const MAX_STEP_RESULT = 4 * 1024 * 1024;
const MAX_RUN_STATE = 32 * 1024 * 1024;
const MAX_EVENTS_PER_SEND = 5_000;
const MAX_EVENT = 256 * 1024; // Cloud's free plan; paid plans take 3 MiB
const MAX_SEND_REQUEST = 512 * 1024;

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value ?? null));
/** Steps of an import run: start, its chunks, finish, queue-welcome-emails, one send per 500 batches, notify-admin. */
const stepsFor = (chunks: number, welcomeBatches: number) => 1 + chunks + 1 + 1 + Math.ceil(welcomeBatches / WELCOME_EVENTS_PER_SEND) + 1;
/** What a real send step returns: one event id (a ULID) per event. */
const sendResult = (events: number) => ({ ids: Array.from({ length: events }, () => "01JDQ0S8H7Z3K2M5N6P7Q8R9ST") });

describe("an import's run at scale", () => {
  it("stays inside Inngest's limits: steps by the formula, every step result, event and send request far under them", async () => {
    const rows = 2_400;
    const org = await createTestOrganisation();
    const importId = await queueCsv(org, staffCsv(rows), { sendWelcome: true });
    const chunks = rows / 100;
    const batches = rows / 2;
    const sends = Math.ceil(batches / WELCOME_EVENTS_PER_SEND);

    const { error, ctx } = await new InngestTestEngine({
      function: processImport,
      events: [{ name: "rollcall/import.queued", data: { importId, organisationId: org.organisationId } }],
      steps: Array.from({ length: sends }, (_, i) => ({
        id: `send-welcome-batches-${i}`,
        handler: () => sendResult(Math.min(WELCOME_EVENTS_PER_SEND, batches - i * WELCOME_EVENTS_PER_SEND)),
      })),
    }).execute();
    expect(error).toBeUndefined();

    const runIds = ctx.step.run.mock.calls.map((args) => args[0] as string);
    const sendCalls = ctx.step.sendEvent.mock.calls.map((args) => ({ id: args[0] as string, events: args[1] as { id: string; data: { batch: number } }[] }));
    expect([...runIds, ...sendCalls.map((c) => c.id)].sort()).toEqual(
      ["start", ...Array.from({ length: chunks }, (_, i) => `apply-chunk-${i}`), "finish", "queue-welcome-emails", "send-welcome-batches-0", "send-welcome-batches-1", "send-welcome-batches-2", "notify-admin"].sort(),
    );
    expect(runIds.length + sendCalls.length).toBe(stepsFor(chunks, batches));
    // At the caps: 1,000,000 rows in at most 500 chunks, 1,000,000 new learners in batches of 100.
    expect(stepsFor(MAX_APPLY_CHUNKS, 1_000_000 / 100)).toBe(524);
    expect(stepsFor(MAX_APPLY_CHUNKS, 1_000_000 / 100)).toBeLessThan(MAX_STEPS);

    // Every event names one batch, once, and the sends hold at most 500 events.
    const events = sendCalls.flatMap((c) => c.events);
    expect(events.map((e) => e.data.batch)).toEqual(Array.from({ length: batches }, (_, i) => i));
    expect(new Set(events.map((e) => e.id)).size).toBe(batches);
    expect(Math.max(...sendCalls.map((c) => c.events.length))).toBe(WELCOME_EVENTS_PER_SEND);
    expect(WELCOME_EVENTS_PER_SEND).toBeLessThanOrEqual(MAX_EVENTS_PER_SEND);

    // Sizes. A full send's request is the same at 1,000,000 rows but for the batch numbers' digits;
    // the start step's result grows with the chunks, at most 500 of them.
    const results = new Map(await Promise.all(ctx.step.run.mock.results.map(async (r, i) => [runIds[i]!, await r.value] as const)));
    const largestResult = Math.max(...[...results.values()].map(bytes));
    const largestEvent = Math.max(...events.map(bytes));
    const largestSend = Math.max(...sendCalls.map((c) => bytes(c.events)));
    const startAtCap = (bytes(results.get("start")) / chunks) * MAX_APPLY_CHUNKS;
    console.log(`${rows} rows: ${runIds.length + sendCalls.length} steps; largest step result ${largestResult} B (start at 500 chunks ≈ ${Math.round(startAtCap)} B); largest event ${largestEvent} B; largest send ${largestSend} B`);
    expect(largestResult).toBeLessThan(16 * 1024);
    expect(startAtCap).toBeLessThan(MAX_STEP_RESULT / 100);
    expect(largestEvent).toBeLessThan(MAX_EVENT / 1_000);
    expect(largestSend + 10 * WELCOME_EVENTS_PER_SEND).toBeLessThan(MAX_SEND_REQUEST / 4);

    // The run's whole state (step results, send results, the event) extrapolated to 1,000,000 rows.
    const chunkResults = [...results].filter(([id]) => id.startsWith("apply-chunk-")).map(([, value]) => bytes(value));
    const perChunk = Math.max(...chunkResults) + bytes(results.get("start")) / chunks;
    const perBatch = bytes(sendResult(WELCOME_EVENTS_PER_SEND)) / WELCOME_EVENTS_PER_SEND;
    const stateAtCap = perChunk * MAX_APPLY_CHUNKS + perBatch * 10_000 + 4 * 1024;
    console.log(`run state at 1,000,000 rows ≈ ${Math.round(stateAtCap / 1024)} KB`);
    expect(stateAtCap).toBeLessThan(MAX_RUN_STATE / 32);
  });

  it("runs the same way in process: every learner emailed once, also when the run is replayed after its fan-out", async () => {
    const rows = 1_002; // 501 batches: two sends
    const org = await createTestOrganisation();
    const importId = await queueCsv(org, staffCsv(rows), { sendWelcome: true });
    const data = { importId, organisationId: org.organisationId };
    await runImportInProcess(data);
    await drainInProcessJobs();

    const db = await getDb();
    const welcomed = async () => {
      const emails = await db.email.groupBy({ by: ["learnerId"], where: { importId, kind: "WELCOME" }, _count: { _all: true } });
      return { learners: emails.length, sentTwice: emails.filter((e) => e._count._all > 1).length };
    };
    expect(await welcomed()).toEqual({ learners: rows, sentTwice: 0 });
    expect(await db.welcomeBatch.count({ where: { queueId: importId, finishedAt: { not: null } } })).toBe(501);
    expect(await db.learner.count({ where: { createdByImportId: importId, welcomeStatus: "SENT" } })).toBe(rows);

    // As when the admin's "finished" email failed after the fan-out and the runner retried the run.
    await processImportSteps(data, inProcessSteps);
    await drainInProcessJobs();
    expect(await welcomed()).toEqual({ learners: rows, sentTwice: 0 });
    expect(await db.welcomeBatch.count({ where: { queueId: importId } })).toBe(501);
  });

  it("batches each of the import's active new learners once, whether the step marks them or they were marked queued when created, and once only", async () => {
    const org = await createTestOrganisation();
    const importId = await queueCsv(org, staffCsv(9).replace(/^(person[0-2]@example.com,[^,]*,[^,]*),1,/gm, "$1,0,"), { sendWelcome: false });
    await processImportSteps({ importId, organisationId: org.organisationId }, inProcessSteps);
    const db = await getDb();
    const learners = await db.learner.findMany({ where: { createdByImportId: importId }, orderBy: { emailKey: "asc" } });
    expect(learners.map((l) => l.active)).toEqual([false, false, false, true, true, true, true, true, true]);
    // Two of the active ones were marked when their chunk created them.
    await db.learner.updateMany({ where: { id: { in: [learners[3]!.id, learners[8]!.id] } }, data: { welcomeStatus: "QUEUED" } });

    expect(await queueWelcomeEmails(db, importId)).toEqual({ organisationId: org.organisationId, queueId: importId, batches: 3 });
    const batched = async () => (await db.welcomeBatch.findMany({ where: { queueId: importId }, orderBy: { number: "asc" } })).map((b) => b.learnerIds);
    const first = await batched();
    expect(first.map((ids) => ids.length)).toEqual([2, 2, 2]);
    expect(first.flat().sort()).toEqual(learners.slice(3).map((l) => l.id).sort());
    expect(await db.learner.count({ where: { createdByImportId: importId, welcomeStatus: "QUEUED" } })).toBe(6);

    // A learner reset to "Not sent" since (skipped while archived, then unarchived) doesn't make a repeat add a batch.
    await db.learner.update({ where: { id: learners[4]!.id }, data: { welcomeStatus: "NOT_SENT" } });
    expect((await queueWelcomeEmails(db, importId)).batches).toBe(3);
    expect(await batched()).toEqual(first);
  });
});
