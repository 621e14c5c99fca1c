import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
// Debian's Chromium where it exists (this machine can't download Playwright's); Playwright's own elsewhere.
const systemChromium = "/usr/bin/chromium";
const launchOptions = existsSync(systemChromium)
  ? { executablePath: systemChromium, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update"] }
  : {};

export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/rollcall_e2e";
export const E2E_MAIL_PORT = Number(process.env.E2E_MAIL_PORT ?? 3199);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions }, testIgnore: [/load\.spec\.ts/, /e2e\/embedded\//] },
    // The load tests measure page times, so each runs alone once everything else has finished.
    { name: "load", use: { ...devices["Desktop Chrome"], launchOptions }, testMatch: /load\.spec\.ts/, dependencies: ["chromium"] },
    // The embedded default: an app of its own (npm start without DATABASE_URL) on its own data folder.
    { name: "embedded", use: { ...devices["Desktop Chrome"], launchOptions }, testMatch: /e2e\/embedded\/.*\.spec\.ts/, dependencies: ["load"] },
  ],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `${baseURL}/login`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      DATABASE_URL: E2E_DATABASE_URL,
      // A DATABASE_URL gets the demo organisation only when asked; the e2e app starts with it, as `npm start` on the embedded default does.
      SEED_DEMO: "true",
      APP_URL: baseURL,
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
      RESEND_API_KEY: "re_e2e_test_key",
      RESEND_BASE_URL: `http://127.0.0.1:${E2E_MAIL_PORT}`,
      E2E_MAIL_PORT: String(E2E_MAIL_PORT),
      WELCOME_EMAIL_REQUESTS_PER_SECOND: "20",
    },
  },
});
