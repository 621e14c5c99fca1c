/**
 * What Playwright starts: a fresh e2e database, a fake Resend server that
 * captures the app's real SDK requests, and the production build of the app.
 */
import { spawn, spawnSync } from "node:child_process";
import pg from "pg";
import { startFakeResend } from "../tests/support/fake-resend";

const databaseUrl = new URL(process.env.DATABASE_URL!);
const dbName = databaseUrl.pathname.slice(1);
const admin = new pg.Client({ connectionString: Object.assign(new URL(databaseUrl), { pathname: "/postgres" }).toString() });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
await admin.query(`CREATE DATABASE "${dbName}"`);
await admin.end();

await startFakeResend({ port: Number(process.env.E2E_MAIL_PORT) });

const prepared = spawnSync("npx", ["tsx", "scripts/prepare-db.ts"], { stdio: "inherit", env: process.env });
if (prepared.status !== 0) process.exit(prepared.status ?? 1);

const app = spawn("npx", ["next", "start", "-p", process.env.PORT ?? "3100"], { stdio: "inherit", env: process.env });
const stop = () => app.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
app.on("exit", (code) => process.exit(code ?? 0));
