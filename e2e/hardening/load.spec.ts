import { randomBytes } from "node:crypto";
import { expect, type APIRequestContext, test } from "@playwright/test";
import { e2eDb } from "../support/db";
import { captureServerAction, replayServerAction, testClientIp } from "../support/server-action";
import { createTenant, logIn } from "../support/tenant";
import { percentile } from "../../bench/support/stats";

// 20 admins of one organisation browse the dashboard and users pages, each opening a page, reading it
// for 0.5–1.5 s and opening the next, for as long as a 100,000-row import into that organisation
// runs. Playwright runs this alone, after every other test (a project of its own in
// playwright.config.ts), so the times are the load's own. Every answer must be a 200 page;
// the page times are reported (a test annotation and the log), not asserted: they depend on the
// machine and on whatever else the e2e run is doing at the time.

const ADMINS = 20;
const ROWS = 100_000;

interface Sample {
  page: string;
  ms: number;
}

function staffCsv(rows: number) {
  const lines = ["Email,First Name,Last Name,Active"];
  for (let i = 0; i < rows; i++) lines.push(`load-${i}@example.com,First${i},Last${i},1`);
  return Buffer.from(lines.join("\r\n"), "utf8");
}

/** The pages an admin opens while waiting: paths that hit the learners table the import is writing to. */
function pagesToBrowse(importId: string): Array<[label: string, path: () => string]> {
  return [
    ["dashboard", () => "/dashboard"],
    ["users", () => "/users"],
    ["users, a later page", () => `/users?page=${1 + Math.floor(Math.random() * 40)}`],
    ["users, searched", () => `/users?q=load-${Math.floor(Math.random() * 1000)}`],
    ["users, newest first", () => "/users?sort=created&dir=desc&pageSize=100"],
    ["import results", () => `/imports/${importId}`],
    ["import progress (API)", () => `/api/imports/${importId}/progress`],
  ];
}

async function browseUntil(request: APIRequestContext, importId: string, done: () => boolean, samples: Sample[], errors: string[]) {
  const pages = pagesToBrowse(importId);
  while (!done()) {
    const [label, path] = pages[Math.floor(Math.random() * pages.length)]!;
    const url = path();
    const started = performance.now();
    try {
      // A redirect (to /login, say) counts as an error, so redirects are not followed.
      const response = await request.get(url, { maxRedirects: 0, timeout: 30_000 });
      await response.body();
      if (response.status() !== 200) errors.push(`${url}: HTTP ${response.status()}`);
      else samples.push({ page: label, ms: performance.now() - started });
    } catch (error) {
      errors.push(`${url}: ${(error as Error).message.split("\n")[0]}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * 1000));
  }
}

test("[LOAD]: 20 admins browse the dashboard and users pages while a 100,000-row import runs, without one error", async ({ page, playwright, baseURL }) => {
  test.setTimeout(8 * 60_000);
  const tenant = await createTenant();
  const db = e2eDb();

  // 19 more admins of the same organisation, sharing the first admin's password hash (saves 19 bcrypt hashes).
  const first = await db.admin.findUniqueOrThrow({ where: { username: tenant.username } });
  const suffix = randomBytes(3).toString("hex");
  const usernames = [tenant.username];
  for (let i = 1; i < ADMINS; i++) {
    const username = `load-admin-${suffix}-${i}`;
    await db.admin.create({ data: { organisationId: tenant.organisationId, username, email: `${username}@acme.test`, name: `Load Admin ${i}`, passwordHash: first.passwordHash, role: "ADMIN" } });
    usernames.push(username);
  }

  // Each admin signs in through the real login action, in a client of its own.
  await page.goto("/login");
  const login = await captureServerAction(page, "/login", async () => {
    await page.getByLabel("Username").fill("sentinel-username");
    await page.getByLabel("Password", { exact: true }).fill(tenant.password);
    await page.getByRole("button", { name: "Log in" }).click();
  });
  const admins = await Promise.all(
    usernames.map(async (username) => {
      const request = await playwright.request.newContext({ baseURL });
      await replayServerAction(request, login, { body: login.body.replace("sentinel-username", username), headers: { "x-forwarded-for": testClientIp() } });
      expect((await request.get("/dashboard", { maxRedirects: 0 })).status(), `${username} is signed in`).toBe(200);
      return request;
    }),
  );

  // The import, through the wizard in the browser.
  await logIn(page, tenant, "/users/import");
  await page.locator("input[type=file]").setInputFiles({ name: "staff-100k.csv", mimeType: "text/csv", buffer: staffCsv(ROWS) });
  await page.getByRole("button", { name: "Import Users" }).click();
  await page.getByRole("button", { name: "Continue to review" }).click({ timeout: 60_000 });
  await page.getByLabel("Send welcome emails to new users").uncheck({ timeout: 60_000 });
  await page.getByRole("button", { name: "Import 100,000 users" }).click();
  await expect(page).toHaveURL(/\/imports\/[^/]+$/, { timeout: 60_000 });
  const importId = new URL(page.url()).pathname.split("/").pop()!;

  let finished = false;
  const samples: Sample[] = [];
  const errors: string[] = [];
  const startedAt = performance.now();
  const watcher = (async () => {
    while (!["COMPLETED", "FAILED", "UNDONE"].includes((await db.importJob.findUniqueOrThrow({ where: { id: importId } })).status)) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    finished = true;
  })();
  await Promise.all([watcher, ...admins.map((request) => browseUntil(request, importId, () => finished, samples, errors))]);
  const importSeconds = (performance.now() - startedAt) / 1000;
  await Promise.all(admins.map((request) => request.dispose()));

  const job = await db.importJob.findUniqueOrThrow({ where: { id: importId } });
  expect(job).toMatchObject({ status: "COMPLETED", createdCount: ROWS, failedCount: 0 });
  expect(await db.learner.count({ where: { organisationId: tenant.organisationId } })).toBe(ROWS);
  expect(errors, errors.slice(0, 10).join("\n")).toEqual([]);
  expect(samples.length).toBeGreaterThanOrEqual(ADMINS * 3);

  const all = samples.map((s) => s.ms);
  const lines = [`${samples.length} page loads by ${ADMINS} admins during a ${ROWS.toLocaleString("en")}-row import (${importSeconds.toFixed(1)} s): p50 ${percentile(all, 50).toFixed(0)} ms, p95 ${percentile(all, 95).toFixed(0)} ms, max ${Math.max(...all).toFixed(0)} ms`];
  for (const [label] of pagesToBrowse(importId)) {
    const times = samples.filter((s) => s.page === label).map((s) => s.ms);
    if (times.length) lines.push(`  ${label}: ${times.length} loads, p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms`);
  }
  console.log(lines.join("\n"));
  test.info().annotations.push({ type: "page times under load", description: lines.join("\n") });
});
