// Spawning and killing tests/integration/support/import-worker.ts, the stand-in for an app process running an import.
import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";

const WORKER = resolve("tests/integration/support/import-worker.ts");

export interface Worker {
  child: ChildProcess;
  /** Resolves once the worker has loaded the app's modules and waits for its import (the slow part of a spawn). */
  ready: Promise<void>;
  /** Hands the worker its import; it runs it at once (runImportInProcess + drainInProcessJobs), then exits 0. */
  run(importId: string, organisationId: string): void;
  /** Resolves with the exit code (null when killed) and the signal, once the process is gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

const running = new Set<ChildProcess>();

/**
 * Starts `node --import tsx import-worker.ts` (one process, so SIGKILL hits the process holding the
 * database connections) with the test's environment: DATABASE_URL is the test database (setup-env.ts)
 * and IMPORT_CHUNK_SIZE the integration project's. No Inngest or Resend keys, so it runs in-process.
 * Start it early and `run()` it when the import is queued: loading the app takes a few seconds.
 */
export function startImportWorker(extraEnv: Record<string, string> = {}): Worker {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv };
  for (const name of ["INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY", "INNGEST_DEV", "RESEND_API_KEY", "NODE_OPTIONS"]) delete env[name];
  const child = spawn(process.execPath, ["--import", "tsx", WORKER], { env, stdio: ["pipe", "pipe", "pipe"] });
  running.add(child);
  let stdout = "";
  let stderr = "";
  let markReady: () => void = () => {};
  const ready = new Promise<void>((done) => (markReady = done));
  child.stdout!.on("data", (chunk: Buffer) => {
    stdout += chunk;
    if (stdout.includes("worker:ready")) markReady();
  });
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk));
  child.stdin!.on("error", () => {}); // a killed worker's stdin may already be closed
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((done, fail) => {
    child.on("error", fail);
    child.on("exit", (code, signal) => {
      running.delete(child);
      markReady();
      done({ code, signal, stdout, stderr });
    });
  });
  return {
    child,
    ready,
    exited,
    run(importId, organisationId) {
      child.stdin!.end(`${importId} ${organisationId}\n`);
    },
  };
}

/** SIGKILLs every worker this module started that is still running (afterAll), by pid. */
export async function killRemainingWorkers() {
  const children = [...running];
  for (const child of children) child.kill("SIGKILL");
  await Promise.all(children.map((child) => new Promise((done) => (child.exitCode !== null || child.signalCode !== null ? done(null) : child.once("exit", done)))));
}
