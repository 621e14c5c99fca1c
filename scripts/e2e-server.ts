/**
 * What Playwright starts: a fresh e2e database, a fake Resend server that
 * captures the app's real SDK requests, and the production build of the app.
 */
import { spawn } from "node:child_process";
import { createScratchDatabase, databaseUrl } from "../lib/db/scratch-database";
import { startFakeResend } from "../tests/support/fake-resend";

// Replaces the previous run's database (nothing drops it at exit).
// Left empty here: with-database.ts below migrates and seeds it exactly as `npm start` does.
const dbName = new URL(process.env.DATABASE_URL!).pathname.slice(1);
await createScratchDatabase(dbName, { adminUrl: databaseUrl(process.env.DATABASE_URL!, "postgres"), migrate: false });

// Answers after 80 ms like Resend across the internet, so an email sent before a page answers shows in its timing.
await startFakeResend({ port: Number(process.env.E2E_MAIL_PORT), latencyMs: 80 });

const app = spawn("npx", ["tsx", "scripts/with-database.ts", "next", "start", "-p", process.env.PORT ?? "3100"], { stdio: "inherit", env: process.env });
const stop = () => app.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
app.on("exit", (code) => process.exit(code ?? 0));
