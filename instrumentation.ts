export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { inngestMode } = await import("@/lib/env");
  const mode = inngestMode();
  console.log(`Background jobs: ${mode === "in-process" ? "in-process runner (no Inngest keys set)" : `Inngest (${mode})`}`);
  if (mode !== "in-process") return;
  const [{ getDb }, { resumeInProcessJobs, resumeStalledImports }] = await Promise.all([import("@/lib/db"), import("@/lib/server/jobs/resume-jobs")]);
  // The app must still serve if resuming fails (e.g. the database isn't migrated yet); say why.
  try {
    const resumed = await resumeInProcessJobs(await getDb());
    if (resumed.imports || resumed.welcomeLearners)
      console.log(`Resumed ${resumed.imports} import(s) and ${resumed.welcomeLearners} pending welcome email(s).`);
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
}

const STALLED_IMPORT_CHECK_MS = 60_000;
