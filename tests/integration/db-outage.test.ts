// Issue: PostgreSQL unavailable for a few seconds during an import → the job retries and completes,
// or fails with a clear reason; nothing half-written.
//
// The app's own database client (getDb()) reaches PostgreSQL through a TCP proxy that can go down:
// DATABASE_URL points at the proxy before any app module is first imported (dynamic imports below,
// after vi.resetModules()). The import runs as the app runs it on the embedded default,
// runImportInProcess: 5 attempts, 1 s/2 s/4 s/8 s apart, then onImportFailure. The test watches
// progress and checks what was written through a second, direct client that the outage does not touch.
//
// processImportSteps and onImportFailure are wrapped (vi.doMock, calling the real ones) only to count
// attempts and record their errors — and, in the second case, to bring the database back exactly as one
// import's failure handler runs (a job cannot be marked FAILED while PostgreSQL is still unreachable;
// the other import shows what happens then).
import type { PrismaClient } from "@/generated/prisma/client";
import type * as ProcessImport from "@/lib/server/imports/process-import";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type OutageProxy, startOutageProxy } from "./support/outage-proxy";

const CHUNK = 2_000; // IMPORT_CHUNK_SIZE in the integration project (checked in beforeAll)
const OUTAGE_MS = 3_000;

const directUrl = process.env.DATABASE_URL!;
let proxy: OutageProxy;
let direct: PrismaClient;
let app: {
  getDb: typeof import("@/lib/db").getDb;
  runImportInProcess: typeof import("@/lib/server/jobs/in-process").runImportInProcess;
  drainInProcessJobs: typeof import("@/lib/server/jobs/in-process").drainInProcessJobs;
  isImportActiveInProcess: typeof import("@/lib/server/jobs/in-process").isImportActiveInProcess;
  resumeStalledImports: typeof import("@/lib/server/jobs/resume-jobs").resumeStalledImports;
  fixtures: typeof import("./support/fixtures");
};

// What the wrapped job functions saw.
const attempts: { importId: string; error: string | null; startedAt: number; endedAt?: number }[] = [];
const failures: { importId: string; error: string }[] = [];
/** Per import: run before / after the real failure handler (the second case's timing). */
const failureHooks = new Map<string, { before?: () => Promise<void>; after?: () => Promise<void> }>();

const globalForDb = globalThis as unknown as { rollcallDb?: Promise<PrismaClient> };
let previousDb: Promise<PrismaClient> | undefined;

beforeAll(async () => {
  proxy = await startOutageProxy(directUrl);
  process.env.DATABASE_URL = proxy.url;
  previousDb = globalForDb.rollcallDb;
  delete globalForDb.rollcallDb;
  vi.resetModules();
  vi.doMock("@/lib/server/imports/process-import", async (importOriginal) => {
    const actual = await importOriginal<typeof ProcessImport>();
    return {
      ...actual,
      async processImportSteps(...args: Parameters<typeof actual.processImportSteps>) {
        const attempt: (typeof attempts)[number] = { importId: args[0].importId, error: null, startedAt: Date.now() };
        attempts.push(attempt);
        try {
          return await actual.processImportSteps(...args);
        } catch (error) {
          attempt.error = error instanceof Error ? error.message : String(error);
          throw error;
        } finally {
          attempt.endedAt = Date.now();
        }
      },
      async onImportFailure(...args: Parameters<typeof actual.onImportFailure>) {
        failures.push({ importId: args[0].importId, error: args[1].message });
        const hooks = failureHooks.get(args[0].importId);
        await hooks?.before?.();
        try {
          return await actual.onImportFailure(...args);
        } finally {
          await hooks?.after?.();
        }
      },
    };
  });
  const [db, inProcess, resume, fixtures, { env }, { createPrismaClient }] = await Promise.all([
    import("@/lib/db"),
    import("@/lib/server/jobs/in-process"),
    import("@/lib/server/jobs/resume-jobs"),
    import("./support/fixtures"),
    import("@/lib/env"),
    import("@/lib/db/client"),
  ]);
  expect(env.DATABASE_URL).toBe(proxy.url);
  expect(env.IMPORT_CHUNK_SIZE).toBe(CHUNK);
  app = { getDb: db.getDb, ...inProcess, resumeStalledImports: resume.resumeStalledImports, fixtures };
  direct = await createPrismaClient(directUrl);
});

afterAll(async () => {
  failureHooks.clear();
  await proxy?.up();
  await app?.drainInProcessJobs();
  await (await globalForDb.rollcallDb)?.$disconnect();
  if (previousDb) globalForDb.rollcallDb = previousDb;
  else delete globalForDb.rollcallDb;
  process.env.DATABASE_URL = directUrl;
  vi.doUnmock("@/lib/server/imports/process-import");
  await direct?.$disconnect();
  await proxy?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForProcessedRows(importId: string, rows: number) {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await sleep(10)) {
    const job = await direct.importJob.findUniqueOrThrow({ where: { id: importId }, select: { processedRows: true } });
    if (job.processedRows >= rows) return job.processedRows;
  }
  throw new Error(`import ${importId} did not reach ${rows} processed rows`);
}

/** Everything the import wrote, in one snapshot of the direct connection. */
async function written(importId: string, organisationId: string) {
  const [job, pending, created, others, learners, learnersOfImport, orphanRows, duplicates] = await direct.$transaction(
    [
      direct.importJob.findUniqueOrThrow({ where: { id: importId } }),
      direct.importRow.count({ where: { importId, outcome: "PENDING" } }),
      direct.importRow.count({ where: { importId, outcome: "CREATED" } }),
      direct.importRow.findMany({ where: { importId, outcome: { notIn: ["PENDING", "CREATED"] } }, distinct: ["outcome"], select: { outcome: true } }),
      direct.learner.count({ where: { organisationId } }),
      direct.learner.count({ where: { organisationId, createdByImportId: importId } }),
      // Applied rows whose learner is missing, or pending rows that already point at one.
      direct.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM "ImportRow" r LEFT JOIN "Learner" l ON l."id" = r."learnerId" AND l."organisationId" = ${organisationId}
        WHERE r."importId" = ${importId} AND ((r."outcome" = 'CREATED' AND l."id" IS NULL) OR (r."outcome" = 'PENDING' AND r."learnerId" IS NOT NULL))`,
      direct.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM (SELECT lower("email") FROM "Learner" WHERE "organisationId" = ${organisationId} GROUP BY 1 HAVING count(*) > 1) d`,
    ],
    { isolationLevel: "RepeatableRead" },
  );
  return {
    job,
    pending,
    created,
    other: others.map((o) => o.outcome),
    learners,
    learnersOfImport,
    orphanRows: Number(orphanRows[0]!.n),
    duplicates: Number(duplicates[0]!.n),
  };
}

/** Whole chunks only: every applied row has its learner, no learner without its row, counts agree. */
function expectNothingHalfWritten(state: Awaited<ReturnType<typeof written>>, rows: number) {
  expect(state.other).toEqual([]);
  expect(state.job.processedRows % CHUNK === 0 || state.job.processedRows === rows, `processedRows ${state.job.processedRows} is whole chunks`).toBe(true);
  expect(state.created + state.pending).toBe(rows);
  expect(state.created).toBe(state.job.processedRows);
  expect(state.learners).toBe(state.created);
  expect(state.learnersOfImport).toBe(state.created);
  expect(state.orphanRows).toBe(0);
  expect(state.duplicates).toBe(0);
}

async function queueImport(rows: number) {
  const org = await app.fixtures.createTestOrganisation();
  const importId = await app.fixtures.queueCsv(org, app.fixtures.staffCsv(rows), { sendWelcome: false });
  return { org, importId, rows };
}

/** Runs the imports as the app does; takes the database down once each has committed its first chunk, cutting the next chunk's transaction midway. */
async function runUntilFirstChunk(...imports: Awaited<ReturnType<typeof queueImport>>[]) {
  const runs = imports.map(({ org, importId }) => app.runImportInProcess({ importId, organisationId: org.organisationId }));
  const seen = await Promise.all(imports.map(({ importId }) => waitForProcessedRows(importId, CHUNK)));
  proxy.down();
  return { runs, seen, downAt: Date.now() };
}

const attemptLog = (importId: string, downAt: number) =>
  JSON.stringify(
    attempts
      .filter((a) => a.importId === importId)
      .map((a) => ({ from: a.startedAt - downAt, to: (a.endedAt ?? NaN) - downAt, error: a.error?.trim().split("\n").at(-1) ?? null })),
  );

let failedReason: string | null = null;

describe("PostgreSQL unreachable during an import (in-process jobs)", () => {
  it(`an outage of ${OUTAGE_MS / 1000} s: the job retries and completes with exact counts`, async () => {
    const started = Date.now();
    const imported = await queueImport(6_000);
    const { importId, org, rows } = imported;
    const { runs, seen, downAt } = await runUntilFirstChunk(imported);
    await sleep(OUTAGE_MS);
    await proxy.up();
    await Promise.all(runs);
    await app.drainInProcessJobs();

    const mine = attempts.filter((a) => a.importId === importId);
    console.log(`${OUTAGE_MS} ms outage after ${seen[0]} rows (${downAt - started} ms in), done ${Date.now() - downAt} ms later; attempts ${attemptLog(importId, downAt)}; proxy ${JSON.stringify(proxy.stats())}`);
    expect(mine.length, "the outage cut the run and it was retried").toBeGreaterThanOrEqual(2);
    expect(mine.at(-1)!.error).toBeNull();
    expect(failures.filter((f) => f.importId === importId)).toEqual([]);

    const state = await written(importId, org.organisationId);
    expect(state.job).toMatchObject({ status: "COMPLETED", error: null, processedRows: rows, createdCount: rows, updatedCount: 0, unchangedCount: 0, skippedCount: 0, failedCount: 0 });
    expect(state.pending).toBe(0);
    expectNothingHalfWritten(state, rows);
    expect(await direct.email.count({ where: { importId, kind: "IMPORT_FINISHED" } })).toBe(1);
  });

  it("an outage outlasting the retries: FAILED with the reason once the database answers, else resumed by the stalled-import sweep; applied chunks whole", async () => {
    // Two imports cut by the same outage. `back`: the database returns just as its failure handler runs
    // (after the 5th attempt). `never`: it is still down when its handler runs — `back`'s handler waits for that.
    const back = await queueImport(4_000);
    const never = await queueImport(4_000);
    let neverHandled!: () => void;
    const neverHandledPromise = new Promise<void>((resolve) => (neverHandled = resolve));
    failureHooks.set(never.importId, { after: async () => neverHandled() });
    failureHooks.set(back.importId, { before: () => neverHandledPromise.then(() => proxy.up()) });
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const { runs, seen, downAt } = await runUntilFirstChunk(back, never);
      await Promise.all(runs);
      await app.drainInProcessJobs();
      const loggedErrors = consoleError.mock.calls.map((call) => call.map(String).join(" "));
      consoleError.mockRestore();
      console.log(`outage from ${seen.join("/")} rows until the failure handlers, ${Date.now() - downAt} ms; attempts ${attemptLog(back.importId, downAt)}`);

      for (const { importId } of [back, never]) {
        const mine = attempts.filter((a) => a.importId === importId);
        expect(mine).toHaveLength(5);
        expect(mine.every((a) => a.error !== null)).toBe(true);
        expect(failures.filter((f) => f.importId === importId)).toHaveLength(1);
      }

      // Back in time for the failure handler: FAILED, with the reason, the admin told, chunks whole.
      const failed = await written(back.importId, back.org.organisationId);
      failedReason = failed.job.error;
      expect(failed.job.status).toBe("FAILED");
      expect(failed.job.finishedAt).not.toBeNull();
      expect(failed.job.error).toBe(
        "The import stopped after several attempts because the database could not be reached. Rows already applied are listed below and stay applied; retry the import to apply the rest.",
      );
      expect(failed.created).toBeGreaterThanOrEqual(CHUNK);
      expect(failed.pending).toBeGreaterThan(0);
      expectNothingHalfWritten(failed, back.rows);
      expect(await direct.email.findMany({ where: { importId: back.importId, kind: "IMPORT_FINISHED" }, select: { subject: true } })).toEqual([{ subject: "Your user import failed" }]);
      expect(await direct.auditLog.count({ where: { organisationId: back.org.organisationId, action: "import.failed" } })).toBe(1);

      // Still down for its failure handler: it cannot be marked FAILED, says so in the log, and stays RUNNING
      // with whole chunks — the app's minutely sweep for stalled imports picks it up and finishes it.
      const stuck = await written(never.importId, never.org.organisationId);
      expect(loggedErrors.filter((e) => e.includes(`Import ${never.importId} could not be marked failed`))).toHaveLength(1);
      expect(stuck.job).toMatchObject({ status: "RUNNING", error: null, finishedAt: null });
      expectNothingHalfWritten(stuck, never.rows);
      expect(app.isImportActiveInProcess(never.importId)).toBe(false);
      const resumed = await app.resumeStalledImports(await app.getDb());
      expect(resumed.imports).toBeGreaterThanOrEqual(1);
      await app.drainInProcessJobs();
      const finished = await written(never.importId, never.org.organisationId);
      expect(finished.job).toMatchObject({ status: "COMPLETED", error: null, processedRows: never.rows, createdCount: never.rows, failedCount: 0 });
      expectNothingHalfWritten(finished, never.rows);
      expect((await direct.importJob.findUniqueOrThrow({ where: { id: back.importId } })).status, "the sweep leaves a FAILED job alone").toBe("FAILED");
    } finally {
      consoleError.mockRestore();
      failureHooks.clear();
      await proxy.up();
    }
  });

  it("the FAILED job's reason is a readable sentence, not a driver dump", () => {
    expect(failedReason).toEqual(expect.any(String));
    expect(failedReason).not.toMatch(/\n|invocation|\.ts:\d+|→/);
    expect(failedReason!.length).toBeLessThan(300);
  });
});
