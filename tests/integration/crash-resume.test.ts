// Issue: kill the process running an import (SIGKILL) at random chunk boundaries in a loop of runs;
// every run ends, after resume, in the same state as an uninterrupted one.
//
// The import runs in a real child process (support/import-worker.ts: runImportInProcess + drain, as the
// app does on the embedded default). The test watches the job's progress through its own connection and
// SIGKILLs the child once `processedRows` reaches k chunks, so the kill lands at a chunk boundary or inside
// the next chunk's transaction. It then resumes the job — with the app's start-up path
// (resumeInProcessJobs + drain, in this process) or a fresh child — and compares everything with a
// reference organisation that imported the same file uninterrupted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { drainInProcessJobs, runImportInProcess } from "@/lib/server/jobs/in-process";
import { resumeInProcessJobs } from "@/lib/server/jobs/resume-jobs";
import { mulberry32 } from "../support/prng";
import { killRemainingWorkers, startImportWorker, type Worker } from "./support/crash-worker";
import { createTestOrganisation, learnerSnapshot, queueCsv, staffCsv } from "./support/fixtures";

const ROWS = 10_000;
const CHUNK = env.IMPORT_CHUNK_SIZE; // 2,000 in the integration project
const CHUNKS = Math.ceil(ROWS / CHUNK);
const csv = staffCsv(ROWS, { department: (i) => (i % 3 ? "Sales" : "Ops") });

type Org = Awaited<ReturnType<typeof createTestOrganisation>>;
type Resume = "start-up" | "child";
interface Plan {
  /** Kill the worker `delayMs` after `after` chunks are committed; one entry per worker killed. */
  kills: { after: number; delayMs: number }[];
  resume: Resume;
}

// Seeded, so the "random" kill points are the same on every run (and any failure reproduces):
// a shuffle of the boundaries 1..CHUNKS-1, so the runs between them kill at different ones, and a
// delay of 0-99 ms after the boundary is seen, so the kill lands at a different point of the next
// chunk's transaction (reading rows, upserting learners, writing results, committing).
// Seeded, so the "random" kill points are the same on every run of the suite.
const random = mulberry32(0x5eed_c0de);
const boundaries = Array.from({ length: CHUNKS - 1 }, (_, i) => i + 1);
for (let i = boundaries.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [boundaries[i], boundaries[j]] = [boundaries[j]!, boundaries[i]!];
}
const [b1 = 1, b2 = 2, b3 = 3] = boundaries;
const delay = () => Math.floor(random() * 100);
const plans: Plan[] = [
  { kills: [{ after: b1, delayMs: delay() }], resume: "start-up" },
  // Killed twice: the resumed worker is killed again further on, then the start-up path finishes it.
  { kills: [{ after: Math.min(b2, b3), delayMs: delay() }, { after: Math.max(b2, b3), delayMs: delay() }], resume: "start-up" },
  { kills: [{ after: b3, delayMs: delay() }], resume: "child" },
];

let reference: { org: Org; importId: string; snapshot: Awaited<ReturnType<typeof learnerSnapshot>>; rows: RowState[] };
const timings: string[] = [];

type RowState = { rowNumber: number; outcome: string; message: string | null; previous: unknown; applied: unknown };
async function rowStates(importId: string): Promise<RowState[]> {
  return (await getDb()).importRow.findMany({
    where: { importId },
    orderBy: { rowNumber: "asc" },
    select: { rowNumber: true, outcome: true, message: true, previous: true, applied: true },
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Polls the job through this process's own connection until `processedRows` reaches `rows`. */
async function waitForProgress(importId: string, rows: number, worker: Worker) {
  const db = await getDb();
  let exited = false;
  void worker.exited.then(() => (exited = true));
  for (const deadline = Date.now() + 45_000; Date.now() < deadline; ) {
    const job = await db.importJob.findUniqueOrThrow({ where: { id: importId }, select: { processedRows: true, status: true } });
    if (job.processedRows >= rows) return job;
    if (exited) throw new Error(`worker exited before ${rows} rows were processed: ${JSON.stringify(await worker.exited)}`);
    await sleep(25); // a chunk takes several hundred ms; polling harder only steals CPU from the worker
  }
  throw new Error(`import ${importId} did not reach ${rows} processed rows in time`);
}

/** The job and what it has written, read in one snapshot so an in-flight commit cannot skew the comparison. */
async function committedState(importId: string, organisationId: string) {
  const db = await getDb();
  const [job, pending, created, learners, learnersOfImport] = await db.$transaction(
    [
      db.importJob.findUniqueOrThrow({ where: { id: importId } }),
      db.importRow.count({ where: { importId, outcome: "PENDING" } }),
      db.importRow.count({ where: { importId, outcome: "CREATED" } }),
      db.learner.count({ where: { organisationId } }),
      db.learner.count({ where: { organisationId, createdByImportId: importId } }),
    ],
    { isolationLevel: "RepeatableRead" },
  );
  return { job, pending, created, learners, learnersOfImport };
}

beforeAll(async () => {
  const org = await createTestOrganisation();
  const importId = await queueCsv(org, csv, { sendWelcome: false });
  const started = Date.now();
  await runImportInProcess({ importId, organisationId: org.organisationId });
  await drainInProcessJobs();
  timings.push(`reference: uninterrupted in-process import of ${ROWS} rows in ${Date.now() - started} ms`);
  const job = await (await getDb()).importJob.findUniqueOrThrow({ where: { id: importId } });
  expect(job).toMatchObject({ status: "COMPLETED", createdCount: ROWS, processedRows: ROWS, failedCount: 0, error: null });
  reference = { org, importId, snapshot: await learnerSnapshot(org.organisationId), rows: await rowStates(importId) };
  expect(reference.snapshot).toHaveLength(ROWS);
});

afterAll(async () => {
  await killRemainingWorkers();
  await drainInProcessJobs();
  console.log(`crash-resume timings (chunk size ${CHUNK}, ${CHUNKS} chunks):\n  ${timings.join("\n  ")}`);
});

describe("an import killed with SIGKILL at a chunk boundary and resumed", () => {
  it.each(plans.map((plan, run) => ({ run: run + 1, label: plan.kills.map((k) => `${k.after} (+${k.delayMs} ms)`).join(" and "), ...plan })))(
    "run $run: killed after chunk boundaries $label, resumed by $resume, ends as the uninterrupted import",
    async ({ run, label, kills, resume }) => {
      const runStarted = Date.now();
      const steps: string[] = [];
      // Every worker this run needs starts loading now, while the import is queued (a spawn costs seconds).
      const workers = Array.from({ length: kills.length + (resume === "child" ? 1 : 0) }, () => startImportWorker());
      const nextWorker = async () => {
        const worker = workers.shift()!;
        const waitingFrom = Date.now();
        await worker.ready;
        worker.run(importId, org.organisationId);
        return { worker, waited: Date.now() - waitingFrom };
      };
      const org = await createTestOrganisation();
      const importId = await queueCsv(org, csv, { sendWelcome: false });
      steps.push(`queued in ${Date.now() - runStarted} ms`);

      for (const { after: k, delayMs } of kills) {
        const { worker, waited } = await nextWorker();
        const loaded = Date.now();
        const seen = await waitForProgress(importId, k * CHUNK, worker);
        const seenAt = Date.now();
        await sleep(delayMs);
        worker.child.kill("SIGKILL");
        const { signal } = await worker.exited;
        expect(signal, "the worker was killed, not finished").toBe("SIGKILL");
        steps.push(`worker ready after ${waited} ms more, saw processedRows=${seen.processedRows} after ${seenAt - loaded} ms, killed ${delayMs} ms later`);

        // Killed midway: still RUNNING, whole chunks only, every applied row has its learner.
        const state = await committedState(importId, org.organisationId);
        expect(state.job.status).toBe("RUNNING");
        expect(state.job.processedRows).toBeGreaterThanOrEqual(k * CHUNK);
        expect(state.job.processedRows, "killed before the last chunk committed").toBeLessThan(ROWS);
        expect(state.job.processedRows % CHUNK, "only whole chunks are committed").toBe(0);
        expect(state.pending).toBe(ROWS - state.job.processedRows);
        expect(state.created).toBe(state.job.processedRows);
        expect(state.learners).toBe(state.created);
        expect(state.learnersOfImport).toBe(state.created);
        steps.push(`${state.job.processedRows} rows committed at the kill`);
      }

      const resumeStarted = Date.now();
      if (resume === "start-up") {
        // What instrumentation.ts does when the app starts again.
        const resumed = await resumeInProcessJobs(await getDb());
        expect(resumed.imports).toBeGreaterThanOrEqual(1);
        await drainInProcessJobs();
      } else {
        const { worker } = await nextWorker();
        const { code, stderr } = await worker.exited;
        expect(code, stderr).toBe(0);
      }
      steps.push(`resumed by ${resume} in ${Date.now() - resumeStarted} ms`);

      const db = await getDb();
      const job = await db.importJob.findUniqueOrThrow({ where: { id: importId } });
      expect(job).toMatchObject({
        status: "COMPLETED",
        error: null,
        totalRows: ROWS,
        processedRows: ROWS,
        createdCount: ROWS,
        updatedCount: 0,
        unchangedCount: 0,
        skippedCount: 0,
        failedCount: 0,
      });

      // Same learners, field for field (the snapshot has no ids or organisation).
      expect(await learnerSnapshot(org.organisationId)).toEqual(reference.snapshot);
      // Same row results; every row applied once, each pointing at a learner this import created.
      const rows = await rowStates(importId);
      expect(rows.filter((r) => r.outcome === "PENDING")).toEqual([]);
      expect(rows).toEqual(reference.rows);
      const outcomes = await db.importRow.groupBy({ by: ["outcome"], where: { importId }, _count: { _all: true } });
      expect(outcomes.map((o) => [o.outcome, o._count._all])).toEqual([["CREATED", job.createdCount]]);
      const linked = await db.importRow.findMany({ where: { importId }, select: { learnerId: true } });
      const learnerIds = new Set(linked.map((r) => r.learnerId));
      expect(learnerIds.size).toBe(ROWS);
      expect(await db.learner.count({ where: { id: { in: [...learnerIds].filter((id): id is string => id !== null) }, organisationId: org.organisationId, createdByImportId: importId } })).toBe(ROWS);
      // Finished once: one completion notice and one audit entry, as for the reference.
      expect(await db.email.count({ where: { importId, kind: "IMPORT_FINISHED" } })).toBe(1);
      expect(await db.auditLog.count({ where: { organisationId: org.organisationId, action: "import.completed" } })).toBe(1);

      timings.push(`run ${run} (killed after chunk boundaries ${label}; resume: ${resume}): ${Date.now() - runStarted} ms — ${steps.join("; ")}`);
    },
  );
});
