// Stage 5: welcome emails through the real Resend SDK against the fake Resend server
// (tests/support/fake-resend.ts) enforcing 2 requests/second. lib/env.ts and the SDK read
// the environment once at import, so app modules are imported only after it is set.
import { generateCsv } from "../support/generate-csv";
import { runStage, seconds, stageArgs } from "../support/stage-io";
import type { OrgRef, WelcomeResult } from "../support/stage-types";
import { startFakeResend } from "../../tests/support/fake-resend";

const { org, learners, seed } = stageArgs<{ org: OrgRef; learners: number; seed: number }>();
const REQUESTS_PER_SECOND = 2;

await runStage(async (): Promise<WelcomeResult> => {
  const resend = await startFakeResend({ requestsPerSecond: REQUESTS_PER_SECOND });
  Object.assign(process.env, {
    RESEND_API_KEY: "re_bench",
    RESEND_BASE_URL: resend.url,
    WELCOME_EMAIL_REQUESTS_PER_SECOND: String(REQUESTS_PER_SECOND),
    APP_URL: "https://rollcall.bench.test",
  });
  const [{ getDb }, { processImportSteps }, { createCsvDraft }, { importOptionsSchema }, { queueImport }, jobs, { queueWelcomeEmails }, { fanOutWelcomeBatches }] = await Promise.all([
    import("@/lib/db"),
    import("@/lib/server/imports/process-import"),
    import("@/lib/server/imports/create-csv-draft"),
    import("@/lib/server/imports/import-options"),
    import("@/lib/server/imports/queue-import"),
    import("@/lib/server/jobs/in-process"),
    import("@/lib/server/welcome/queue-welcome-emails"),
    import("@/lib/server/welcome/fan-out-welcome-batches"),
  ]);
  const db = await getDb();

  // Setup, not timed: an import that creates the learners without sending (the admin's own "finished" email does go out).
  const options = importOptionsSchema.parse({ sendWelcome: false });
  const bytes = new TextEncoder().encode(generateCsv({ seed, rows: learners, invalidRate: 0 }));
  const draft = await createCsvDraft(db, { ...org, fileName: "welcome.csv", bytes, options });
  if (!draft.ok) throw new Error(draft.errors.join(" "));
  const queued = await queueImport(db, { ...org, importId: draft.importId, options });
  if (!queued.ok) throw new Error(queued.error);
  await processImportSteps({ importId: draft.importId, organisationId: org.organisationId }, jobs.inProcessSteps);
  await new Promise((resolve) => setTimeout(resolve, 1_100)); // let the fake server's one-second window clear
  resend.emails.length = 0;
  resend.requests.length = 0;

  // Timed: what the import's last steps do with sendWelcome on: queue, fan out one job per 100, run them all.
  const start = performance.now();
  await fanOutWelcomeBatches(jobs.inProcessSteps, await queueWelcomeEmails(db, draft.importId));
  await jobs.drainInProcessJobs();
  const elapsed = seconds(start);

  // Archived learners (3% of the file) get no welcome email: the ones owed one are the active ones.
  const owed = await db.learner.count({ where: { createdByImportId: draft.importId, active: true } });
  const recipients = resend.emails.filter((e) => e.subject.startsWith("Welcome to ")).flatMap((e) => e.to);
  const unique = new Set(recipients).size;
  return {
    learners: owed,
    archived: learners - owed,
    seconds: elapsed,
    batchRequests: resend.requests.filter((r) => r.path === "/emails/batch").length,
    requests: resend.requests.length,
    rateLimited: resend.requests.filter((r) => r.status === 429).length,
    emails: recipients.length,
    uniqueRecipients: unique,
    duplicates: recipients.length - unique,
    learnersSent: await db.learner.count({ where: { createdByImportId: draft.importId, welcomeStatus: "SENT" } }),
    requestsPerSecond: REQUESTS_PER_SECOND,
  };
});
