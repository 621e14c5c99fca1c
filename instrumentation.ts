export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { inngestMode } = await import("@/lib/env");
  const mode = inngestMode();
  console.log(`Background jobs: ${mode === "in-process" ? "in-process runner (no Inngest keys set)" : `Inngest (${mode})`}`);
  if (mode !== "in-process") return;
  const [{ getDb }, { resumeInProcessJobs }] = await Promise.all([import("@/lib/db"), import("@/lib/server/jobs/resume-jobs")]);
  // The app must still serve if resuming fails (e.g. the database isn't migrated yet); say why.
  try {
    const resumed = await resumeInProcessJobs(await getDb());
    if (resumed.imports || resumed.welcomeLearners)
      console.log(`Resumed ${resumed.imports} import(s) and ${resumed.welcomeLearners} pending welcome email(s).`);
  } catch (error) {
    console.error("Could not resume interrupted background jobs; they will resume at the next start.", error);
  }
}
