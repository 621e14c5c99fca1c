import { type ImportQueuedData, type WelcomeBatchData, welcomeBatchReady } from "@/lib/server/jobs/inngest-client";
import { onImportFailure, processImportSteps } from "@/lib/server/imports/process-import";
import { onWelcomeFailure, sendWelcomeEmailsSteps } from "@/lib/server/welcome/send-welcome-emails";
import type { Steps } from "@/lib/server/jobs/steps";
import { getDb } from "@/lib/db";
import { runImportRetention } from "@/lib/server/retention/run-import-retention";
import { claimImport } from "./import-claims";

/**
 * The embedded default has no Inngest server, so the same function steps run
 * here, in the app process, with Inngest's guarantees we rely on kept:
 * one import at a time per organisation, retries with backoff, a failure
 * handler, and welcome batches sent one at a time. Every step
 * checkpoints in the database, so re-running a job resumes it.
 */
interface RunnerState {
  /** Per organisation, the last import queued: the next one waits for it. */
  organisationQueues: Map<string, Promise<unknown>>;
  /** Imports this process has queued or is running, so none is started twice. */
  activeImports: Map<string, Promise<unknown>>;
  /** Welcome batches queued or being sent, by queue and number. */
  activeWelcomeBatches: Map<string, Promise<unknown>>;
  welcomeInFlight: Set<Promise<unknown>>;
  welcomeWaiting: (() => void)[];
  welcomeQueue: Promise<unknown>;
  /** Steps running now; a shutdown lets them finish. */
  stepsInFlight: Set<Promise<unknown>>;
  /** Set by stopInProcessJobs: no step starts after it, and nothing is marked failed for it. */
  stopping: boolean;
  /** The retention purge's schedule (the first run soon after start, then hourly) and the run in progress. */
  retentionTimers: NodeJS.Timeout[];
  retentionRun: Promise<unknown> | null;
}

// One runner per process. Next.js bundles instrumentation.ts (start-up resume, the stalled-import
// sweep) apart from the pages and actions that queue imports, so module-level state would exist
// twice and each copy would think the other's imports stalled: it lives on globalThis, like the
// database client.
const globalForRunner = globalThis as unknown as { rollcallJobRunner?: RunnerState };
const newRunnerState = (): RunnerState => ({
  organisationQueues: new Map(),
  activeImports: new Map(),
  activeWelcomeBatches: new Map(),
  welcomeInFlight: new Set(),
  welcomeWaiting: [],
  welcomeQueue: Promise.resolve(),
  stepsInFlight: new Set(),
  stopping: false,
  retentionTimers: [],
  retentionRun: null,
});
const runner: RunnerState = (globalForRunner.rollcallJobRunner ??= newRunnerState());
const { organisationQueues, activeImports, activeWelcomeBatches, welcomeInFlight, welcomeWaiting } = runner;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a step that would start after a shutdown began throws: the job stays queued or running, to resume at the next start. */
class StoppingError extends Error {
  constructor() {
    super("The app is shutting down; this job resumes at the next start.");
  }
}

export const inProcessSteps: Steps = {
  run(_id, fn) {
    if (runner.stopping) return Promise.reject(new StoppingError());
    const step = fn();
    runner.stepsInFlight.add(step);
    return step.finally(() => runner.stepsInFlight.delete(step));
  },
  async sendEvent(_id, events) {
    for (const event of events) if (event.name === welcomeBatchReady.name) void enqueueWelcomeBatch(event.data as WelcomeBatchData);
  },
};

async function withRetries(attempts: number, run: () => Promise<unknown>, onFailure: (error: Error) => Promise<unknown>) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (runner.stopping) return; // not a failure: the job resumes from its last step at the next start
      if (attempt >= attempts) return onFailure(error instanceof Error ? error : new Error(String(error)));
      await sleep(Math.min(30_000, 500 * 2 ** attempt));
    }
  }
}

export function isImportActiveInProcess(importId: string) {
  return activeImports.has(importId);
}

export function runImportInProcess(data: ImportQueuedData): Promise<unknown> {
  if (runner.stopping) return Promise.resolve(); // left QUEUED: the next start resumes it
  const active = activeImports.get(data.importId);
  if (active) return active;
  const previous = organisationQueues.get(data.organisationId) ?? Promise.resolve();
  const run = previous.then(async () => {
    const release = await claimImport(data.importId);
    if (!release) return; // another process (the app, or the CLI) is running it
    try {
      await withRetries(5, () => processImportSteps(data, inProcessSteps), (error) => onImportFailure(data, error));
    } finally {
      await release();
    }
  });
  const settled = run
    .catch((error) => console.error(`Import ${data.importId} could not be marked failed; it resumes when the database answers again:`, error))
    .finally(() => activeImports.delete(data.importId));
  activeImports.set(data.importId, settled);
  organisationQueues.set(data.organisationId, settled);
  return settled;
}

const WELCOME_BATCHES_IN_FLIGHT = 2;

/**
 * Two batches at a time, so one is being prepared (tokens, rendering) while
 * the other waits for its Resend slot; lib/email/rate-limit.ts spaces the
 * requests themselves.
 */
export function enqueueWelcomeBatch(data: WelcomeBatchData): Promise<unknown> {
  if (runner.stopping) return Promise.resolve(); // its learners stay QUEUED: the next start sends them
  // Unlike Inngest, this runner doesn't memoise steps: an import retried after its fan-out (say its
  // admin email hit a 429) fans the same batches out again. A batch already sent is finished and
  // does nothing; this keeps one still waiting from being prepared and posted twice.
  const key = `${data.queueId}/${data.batch}`;
  const active = activeWelcomeBatches.get(key);
  if (active) return active;
  const run = async () => {
    while (welcomeInFlight.size >= WELCOME_BATCHES_IN_FLIGHT) await new Promise<void>((resolve) => welcomeWaiting.push(resolve));
    const job = withRetries(6, () => sendWelcomeEmailsSteps(data, inProcessSteps), (error) => onWelcomeFailure(data, error)).catch((error) =>
      console.error("Welcome emails could not be marked failed:", error),
    );
    welcomeInFlight.add(job);
    await job;
    welcomeInFlight.delete(job);
    welcomeWaiting.shift()?.();
  };
  const queued = run().finally(() => activeWelcomeBatches.delete(key));
  activeWelcomeBatches.set(key, queued);
  runner.welcomeQueue = Promise.all([runner.welcomeQueue, queued]);
  return queued;
}

export const RETENTION_INTERVAL_MS = 60 * 60_000;
/** Soon after start, so an app restarted more often than hourly still purges. */
const RETENTION_FIRST_RUN_MS = 60_000;

/**
 * The embedded default's stand-in for the hourly Inngest cron
 * (inngest/functions/purge-import-data.ts): the same lib function on a timer
 * that doesn't keep the process alive. A run never overlaps the previous one,
 * and a shutdown stops it between two batches.
 */
export function startInProcessRetention(options: { intervalMs?: number; firstRunMs?: number } = {}) {
  if (runner.stopping || runner.retentionTimers.length) return;
  const tick = () => {
    if (runner.stopping || runner.retentionRun) return;
    runner.retentionRun = getDb()
      .then((db) => runImportRetention(db, { shouldStop: () => runner.stopping }))
      .then((counts) => {
        const imports = counts.reduce((sum, c) => sum + c.imports, 0);
        const drafts = counts.reduce((sum, c) => sum + c.drafts, 0);
        if (imports || drafts) console.log(`Retention: deleted the file contents of ${imports} import(s) and ${drafts} stale draft(s).`);
      })
      .catch((error) => console.error("The retention purge failed; it runs again within the hour:", error))
      .finally(() => (runner.retentionRun = null));
  };
  runner.retentionTimers.push(setTimeout(tick, options.firstRunMs ?? RETENTION_FIRST_RUN_MS).unref(), setInterval(tick, options.intervalMs ?? RETENTION_INTERVAL_MS).unref());
}

/** Waits until every queued import and welcome batch has finished (tests, shutdown). */
export async function drainInProcessJobs() {
  await Promise.all(organisationQueues.values());
  await runner.welcomeQueue;
}

/**
 * Graceful shutdown: no new step starts, and the steps running now (an import chunk's
 * transaction, a welcome batch) get up to `graceMs` to commit. Whatever did not finish
 * resumes from its last checkpoint at the next start. Resolves false if steps were still running.
 */
export async function stopInProcessJobs(graceMs: number): Promise<boolean> {
  runner.stopping = true;
  for (const timer of runner.retentionTimers.splice(0)) clearTimeout(timer);
  const inFlight = [...runner.stepsInFlight, ...(runner.retentionRun ? [runner.retentionRun] : [])];
  if (inFlight.length === 0) return true;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), graceMs)));
  const finished = Promise.allSettled(inFlight).then(() => true as const);
  return Promise.race([finished, timedOut]).finally(() => clearTimeout(timer));
}
