export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { inngestMode } = await import("@/lib/env");
  const mode = inngestMode();
  console.log(`Background jobs: ${mode === "in-process" ? "in-process runner (no Inngest keys set)" : `Inngest (${mode})`}`);
  // scripts/with-database.ts (npm start, npm run dev) hands signals to the app instead of Next.js.
  if (process.env.NEXT_MANUAL_SIG_HANDLE) {
    process.once("SIGTERM", () => void shutDown("SIGTERM", mode === "in-process"));
    process.once("SIGINT", () => void shutDown("SIGINT", mode === "in-process"));
  }
  if (mode !== "in-process") return;
  const [{ getDb }, { resumeInProcessJobs, resumeStalledImports }, { startInProcessRetention }] = await Promise.all([
    import("@/lib/db"),
    import("@/lib/server/jobs/resume-jobs"),
    import("@/lib/server/jobs/in-process"),
  ]);
  // The app must still serve if resuming fails (e.g. the database isn't migrated yet); say why.
  try {
    const resumed = await resumeInProcessJobs(await getDb());
    if (resumed.imports || resumed.welcomeBatches)
      console.log(`Resumed ${resumed.imports} import(s) and ${resumed.welcomeBatches} batch(es) of welcome emails.`);
  } catch (error) {
    console.error("Could not resume interrupted background jobs now; imports are tried again every minute, welcome emails at the next start.", error);
  }
  // An import whose failure handler couldn't reach the database stays RUNNING; pick such imports up again
  // once it answers, rather than at the next restart.
  setInterval(async () => {
    try {
      const resumed = await resumeStalledImports(await getDb());
      if (resumed.imports) console.log(`Resumed ${resumed.imports} stalled import(s).`);
    } catch {
      // The database is still unreachable: try again at the next tick.
    }
  }, STALLED_IMPORT_CHECK_MS).unref();
  startInProcessRetention();
}

const STALLED_IMPORT_CHECK_MS = 60_000;
const SHUTDOWN_GRACE_MS = 5_000;

/**
 * Stops taking background work, lets the running import chunk's transaction commit (or, past the
 * grace period, be rolled back by the database when the process exits), then exits. Interrupted
 * jobs resume from their last checkpoint at the next start. With Inngest, Inngest retries the step.
 */
async function shutDown(signal: NodeJS.Signals, inProcess: boolean) {
  let finished = true;
  if (inProcess) {
    console.log(`${signal}: stopping background jobs (the running step gets up to ${SHUTDOWN_GRACE_MS / 1000} s to finish)…`);
    const { stopInProcessJobs } = await import("@/lib/server/jobs/in-process");
    finished = await stopInProcessJobs(SHUTDOWN_GRACE_MS);
  }
  console.log(finished ? "Stopped; interrupted jobs resume at the next start." : "Stopped before the running step finished; it is rolled back and runs again at the next start.");
  process.exit(0);
}
