import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type APIRequestContext, expect, test } from "@playwright/test";
import pg from "pg";
import { localServerPaths, runningPort } from "../../lib/db/local-server";
import { createScratchDatabase, databaseUrl, uniqueDatabaseName } from "../../lib/db/scratch-database";
import { E2E_DATABASE_URL } from "../../playwright.config";
import { LAUNCHED_ADMIN_PASSWORD, launchApp, launchEnv } from "../support/launched-app";
import { percentile } from "../../bench/support/stats";

// What a new user meets: `npm start` with no DATABASE_URL, on a data folder of its own. A
// 50,000-row import runs while 5 admin sessions browse; SIGTERM arrives mid-import; the app
// starts again and finishes the import; the CLI imports while the app is up. The same run on
// the machine's PostgreSQL (DATABASE_URL) gives the figures to compare. Its own Playwright
// project, run last and alone, so the page times are the load's own.

const ROWS = 50_000;
const BROWSERS = 5;
const PORT = 3150;

interface Sample {
  url: string;
  ms: number;
  /** Before the SIGTERM, or after the restart. */
  phase: "first run" | "after restart";
}

function staffCsv(rows: number) {
  const lines = ["Email,First Name,Last Name,Active"];
  for (let i = 0; i < rows; i++) lines.push(`staff-${i}@example.com,Zoë${i},Müller${i},1`);
  return Buffer.from(lines.join("\r\n"), "utf8");
}

async function browseWhile(request: APIRequestContext, importId: string, phase: Sample["phase"], going: () => boolean, samples: Sample[], errors: string[]) {
  const pages = [
    () => "/dashboard",
    () => "/users",
    () => `/users?page=${1 + Math.floor(Math.random() * 20)}`,
    () => `/users?q=staff-${Math.floor(Math.random() * 1000)}`,
    () => `/imports/${importId}`,
    () => `/api/imports/${importId}/progress`,
  ];
  while (going()) {
    const url = pages[Math.floor(Math.random() * pages.length)]!();
    const started = performance.now();
    try {
      const response = await request.get(url, { maxRedirects: 0, timeout: 30_000 });
      await response.body();
      if (response.status() === 200) samples.push({ url, ms: performance.now() - started, phase });
      else errors.push(`${url}: HTTP ${response.status()}`);
    } catch (error) {
      errors.push(`${url}: ${(error as Error).message.split("\n")[0]}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300 + Math.random() * 700));
  }
}

/** The URL the app was given, or the embedded server's (running, with its login from the data folder). */
function appDatabaseUrl(dataDir: string, given?: string) {
  if (given) return given;
  const { user, password, database } = JSON.parse(readFileSync(localServerPaths(dataDir).credentialsFile, "utf8"));
  return `postgresql://${user}:${encodeURIComponent(password)}@127.0.0.1:${runningPort(localServerPaths(dataDir))}/${database}`;
}

async function learnersInDemo(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Learner" l JOIN "Organisation" o ON o.id = l."organisationId" WHERE o.slug = 'demo'`);
    return rows[0].n as number;
  } finally {
    await client.end();
  }
}

// One at a time: each is a whole app on PORT, and its page times must be its own.
test.describe.configure({ mode: "serial" });

const engines = [
  { engine: "the embedded default (PostgreSQL 18 from npm)", external: false },
  { engine: "the machine's PostgreSQL (DATABASE_URL)", external: true },
];

for (const { engine, external } of engines) {
  test(`[ENGINE]: npm start on ${engine} — a 50,000-row import while admins browse, SIGTERM mid-import, restart finishes it exactly, and the CLI imports alongside`, async ({ page, playwright }) => {
    test.setTimeout(6 * 60_000);
    const dataDir = mkdtempSync(join(tmpdir(), "rollcall-engine-e2e-"));
    chmodSync(dataDir, 0o755); // the server runs as the postgres user when the tests run as root
    const scratch = external ? await createScratchDatabase(uniqueDatabaseName("rollcall_e2e_engine"), { adminUrl: databaseUrl(E2E_DATABASE_URL, "postgres"), migrate: false }) : undefined;
    let app = await launchApp(dataDir, PORT, scratch?.url);
    try {
      expect(app.output()).toMatch(external ? /Database: PostgreSQL \(DATABASE_URL\); \d+ migration/ : /Database: embedded PostgreSQL in .*postgres; \d+ migration\(s\) applied/);
      expect(app.output()).toContain("Log in at");

      await page.goto(`${app.baseURL}/login?callbackUrl=%2Fusers%2Fimport`);
      await page.getByLabel("Username").fill("admin");
      await page.getByLabel("Password", { exact: true }).fill(LAUNCHED_ADMIN_PASSWORD);
      await page.getByRole("button", { name: "Log in" }).click();
      await expect(page).toHaveURL(/\/users\/import$/);
      await page.locator("input[type=file]").setInputFiles({ name: "staff-50k.csv", mimeType: "text/csv", buffer: staffCsv(ROWS) });
      await page.getByRole("button", { name: "Import Users" }).click();
      await page.getByRole("button", { name: "Continue to review" }).click({ timeout: 60_000 });
      await page.getByLabel("Send welcome emails to new users").uncheck({ timeout: 60_000 });
      await page.getByRole("button", { name: "Import 50,000 users" }).click();
      await expect(page).toHaveURL(/\/imports\/[^/]+$/, { timeout: 10_000 });
      const importId = new URL(page.url()).pathname.split("/").pop()!;

      const session = await page.context().storageState();
      const admins = await Promise.all(Array.from({ length: BROWSERS }, () => playwright.request.newContext({ baseURL: app.baseURL, storageState: session })));
      const progress = async () => (await (await admins[0]!.get(`/api/imports/${importId}/progress`)).json()) as { status: string; processedRows: number; created: number; failed: number };
      const samples: Sample[] = [];
      const errors: string[] = [];

      // Browse until the import is a fifth done, then stop the app as a deployment would.
      let browsing = true;
      const firstHalf = admins.map((request) => browseWhile(request, importId, "first run", () => browsing, samples, errors));
      await expect.poll(async () => (await progress()).processedRows, { timeout: 60_000, intervals: [100] }).toBeGreaterThanOrEqual(ROWS / 5);
      browsing = false;
      await Promise.all(firstHalf);
      const stopped = await app.stop("SIGTERM");
      expect(stopped.ms, app.output()).toBeLessThan(10_000);
      expect(app.output()).toContain("SIGTERM: stopping background jobs");
      expect(runningPort(localServerPaths(dataDir)), "no embedded server left running").toBeUndefined();

      // The next start resumes the import from its last committed chunk, admins browsing again.
      app = await launchApp(dataDir, PORT, scratch?.url);
      await expect.poll(() => app.output()).toContain("Resumed 1 import(s)");
      const atRestart = await progress();
      expect(atRestart.status).toBe("RUNNING");
      let finished = false;
      const watcher = (async () => {
        while (!["COMPLETED", "FAILED"].includes((await progress()).status)) await new Promise((resolve) => setTimeout(resolve, 250));
        finished = true;
      })();
      await Promise.all([watcher, ...admins.map((request) => browseWhile(request, importId, "after restart", () => !finished, samples, errors))]);
      expect(await progress()).toMatchObject({ status: "COMPLETED", processedRows: ROWS, created: ROWS, failed: 0 });
      expect(await learnersInDemo(appDatabaseUrl(dataDir, scratch?.url))).toBe(ROWS);

      // The CLI, while the app runs, on the same data; the app shows what it imported.
      const csv = join(dataDir, "cli.csv");
      writeFileSync(csv, "Email,First Name,Last Name,Active\ncli-zoe@example.com,Zoë,Cliford,1\n");
      const cli = spawnSync(process.execPath, ["--import", "tsx", "scripts/cli.ts", "import", "--org", "demo", "--file", csv, "--json"], { env: launchEnv(dataDir, scratch ? { DATABASE_URL: scratch.url, SEED_DEMO: "true" } : {}), encoding: "utf8" });
      expect(cli.status, cli.stderr).toBe(0);
      expect(JSON.parse(cli.stdout)).toMatchObject({ summary: expect.objectContaining({ create: 1 }) });
      await page.goto(`${app.baseURL}/users?q=cli-zoe`);
      await expect(page.getByRole("table").getByText("Zoë Cliford")).toBeVisible();
      if (!external) expect(runningPort(localServerPaths(dataDir)), "the CLI leaving doesn't stop the app's database").toBeDefined();

      await Promise.all(admins.map((request) => request.dispose()));
      const times = samples.map((s) => s.ms);
      const report = `${samples.length} page loads by ${BROWSERS} admin sessions during a ${ROWS.toLocaleString("en")}-row import on ${engine} (stopped and resumed once): p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms; SIGTERM → exit in ${stopped.ms.toFixed(0)} ms; slowest: ${[...samples].sort((a, b) => b.ms - a.ms).slice(0, 3).map((s) => `${s.url} ${s.ms.toFixed(0)} ms (${s.phase})`).join(", ")}`;
      console.log(report);
      test.info().annotations.push({ type: "page times during an import", description: report });
      expect(errors, errors.slice(0, 10).join("\n")).toEqual([]);
      expect(samples.length).toBeGreaterThanOrEqual(BROWSERS * 3);
      // Latency figures belong in the README (printed above), not in a gate: on this shared 2-core VM the same code's
      // p95 swings 0.7–1.5 s between runs. What this guards is the engine blocking the app, which PGlite did for 44.9 s.
      expect(Math.max(...times), report).toBeLessThan(3_000);
    } finally {
      await app.stop("SIGTERM").catch(() => undefined);
      await scratch?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
}
