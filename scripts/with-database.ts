/**
 * What `npm run dev` and `npm start` run: `tsx scripts/with-database.ts next start`.
 * Gets the database ready — DATABASE_URL, or the embedded PostgreSQL server in .data/ (started
 * here, or reused if the CLI or another app already runs it) — applies migrations, seeds the
 * demo organisation (embedded default, or SEED_DEMO=true), prints how to log in, then runs the command with DATABASE_URL set.
 * Signals go to the command; when it has exited the embedded server is released (and stopped
 * if nothing else uses it). With no command it only prepares the database (`npm run db:prepare`).
 */
import "./load-env";
import { spawn } from "node:child_process";
import { relative } from "node:path";
import { dataDir } from "@/lib/data-dir";
import { openDatabase } from "@/lib/db/open-database";

// The app drains within 5 s (instrumentation.ts); stopping the database takes well under a second.
const SHUTDOWN_GRACE_MS = 8_000;

const database = await openDatabase(dataDir);
for (const notice of database.notices) console.warn(`Note: ${notice}`);

let status: number;
try {
  const [{ prepareDatabase }, { appUrl, authSecret }, { outboxUrl }, { signInMessage }] = await Promise.all([
    import("@/lib/db/prepare"),
    import("@/lib/env"),
    import("@/lib/email/outbox"),
    import("@/lib/db/startup-message"),
  ]);
  const prepared = await prepareDatabase(database.url, { embedded: database.embedded });
  const where = database.embedded ? `embedded PostgreSQL in ${relative(process.cwd(), dataDir) || "."}/postgres` : "PostgreSQL (DATABASE_URL)";
  console.log(`Database: ${where}; ${prepared.applied.length} migration(s) applied.`);
  const passwordFile = prepared.passwordFile && relative(process.cwd(), prepared.passwordFile);
  console.log(signInMessage({ seed: prepared.seed, organisations: prepared.organisations, loginUrl: `${appUrl()}/login`, passwordFile }));
  // Sessions, reset links and the outbox key all need it: say so now rather than on the first login.
  const secretProblem = problemOf(authSecret);
  if (secretProblem) {
    console.error(secretProblem);
    status = 1;
  } else {
    const outbox = outboxUrl();
    if (outbox) console.log(`Emails are not sent (no RESEND_API_KEY); read them at ${outbox}`);
    const [command, ...args] = process.argv.slice(2);
    status = command ? await runCommand(command, args, database.url) : 0;
  }
} finally {
  await database.release();
}
process.exitCode = status;

function problemOf(check: () => unknown): string | null {
  try {
    check();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Runs the app with the database's URL. NEXT_MANUAL_SIG_HANDLE hands SIGTERM/SIGINT to the app's
 * own handler (instrumentation.ts), which lets a running import chunk finish before it exits.
 */
function runCommand(command: string, args: string[], url: string): Promise<number> {
  const child = spawn(command, args, {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url, NEXT_MANUAL_SIG_HANDLE: "true" },
  });
  let killTimer: NodeJS.Timeout | undefined;
  const forward = (signal: NodeJS.Signals) => {
    child.kill(signal);
    killTimer ??= setTimeout(() => {
      console.error(`The app did not stop within ${SHUTDOWN_GRACE_MS / 1000} s of ${signal}; stopping it now.`);
      child.kill("SIGKILL");
    }, SHUTDOWN_GRACE_MS);
  };
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  return new Promise((resolve) => {
    child.on("exit", (code, signal) => {
      clearTimeout(killTimer);
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal === "SIGINT" || signal === "SIGTERM" ? 0 : 1));
    });
    child.on("error", (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(1);
    });
  });
}
