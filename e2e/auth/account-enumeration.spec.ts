import { expect, type APIRequestContext, type Page, test } from "@playwright/test";
import { type CapturedAction, captureServerAction, replayServerAction, testClientIp } from "../support/server-action";
import { createTenant, type Tenant } from "../support/tenant";

// Nothing an anonymous client can see — the answer's bytes or how long it took — may tell it
// whether a username or email address has an account. Timings are medians of interleaved samples
// (so load on the machine hits both sides alike); the bounds are loose because the leaks they
// guard against are large: skipping the dummy bcrypt check makes an unknown username answer
// ~50× faster, and sending the email before answering adds a render, a database write and a
// Resend round-trip (80 ms from the e2e mail server) to known addresses only.

test.describe.configure({ mode: "serial" });

const SENTINEL_USERNAME = "sentinel-username";
const SENTINEL_EMAIL = "sentinel@enumeration.test";
const SAMPLES_PER_SIDE = 16;

async function timedPost(request: APIRequestContext, action: CapturedAction, body: string) {
  const started = performance.now();
  const response = await replayServerAction(request, action, { body, headers: { "x-forwarded-for": testClientIp() } });
  const text = await response.text();
  return { ms: performance.now() - started, status: response.status(), text };
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Alternates known and unknown identities; known ones rotate over several
 * accounts so none reaches its 5-attempt lock.
 */
async function compare(request: APIRequestContext, action: CapturedAction, known: (i: number) => string, unknown: (i: number) => string) {
  const knownSamples: Awaited<ReturnType<typeof timedPost>>[] = [];
  const unknownSamples: typeof knownSamples = [];
  await timedPost(request, action, unknown(-1)); // warm-up: first use of the route and the dummy hash
  for (let i = 0; i < SAMPLES_PER_SIDE; i++) {
    knownSamples.push(await timedPost(request, action, known(i)));
    unknownSamples.push(await timedPost(request, action, unknown(i)));
  }
  for (const sample of [...knownSamples, ...unknownSamples]) expect(sample.status).toBe(200);
  // Byte-for-byte the same answer.
  expect(new Set([...knownSamples, ...unknownSamples].map((s) => s.text)).size).toBe(1);
  const result = {
    knownMs: median(knownSamples.map((s) => s.ms)),
    unknownMs: median(unknownSamples.map((s) => s.ms)),
    // Each known sample against the unknown one right after it: the pairs share whatever load the machine had then.
    pairedDifferenceMs: median(knownSamples.map((s, i) => s.ms - unknownSamples[i]!.ms)),
  };
  const description = `median response time: known ${result.knownMs.toFixed(1)} ms, unknown ${result.unknownMs.toFixed(1)} ms, paired difference ${result.pairedDifferenceMs.toFixed(1)} ms`;
  test.info().annotations.push({ type: "timing", description });
  console.log(`${test.info().title}: ${description}`);
  return result;
}

let tenants: Tenant[];

test.beforeAll(async () => {
  // 16 samples over 4 accounts: 4 attempts each, under the 5-attempt lock.
  tenants = await Promise.all(Array.from({ length: 4 }, () => createTenant()));
});

async function capture(page: Page, path: string, fill: () => Promise<void>, button: string) {
  await page.goto(path);
  return captureServerAction(page, path, async () => {
    await fill();
    await page.getByRole("button", { name: button }).click();
  });
}

test("[SECURITY]: login answers a wrong password and an unknown username identically, in the same time", async ({ page, request }) => {
  const login = await capture(page, "/login", async () => {
    await page.getByLabel("Username").fill(SENTINEL_USERNAME);
    await page.getByLabel("Password", { exact: true }).fill("not the right password");
  }, "Log in");
  const { knownMs, unknownMs } = await compare(
    request,
    login,
    (i) => login.body.replace(SENTINEL_USERNAME, tenants[i % tenants.length]!.username),
    (i) => login.body.replace(SENTINEL_USERNAME, `nobody-${i}-${Date.now()}`),
  );
  expect(unknownMs / knownMs).toBeGreaterThan(0.66);
  expect(unknownMs / knownMs).toBeLessThan(1.5);
});

for (const flow of [
  { name: "username reminder", path: "/forgot-username", button: "Email my username" },
  { name: "password reset", path: "/forgot-password", button: "Email me a reset link" },
]) {
  test(`[SECURITY]: the ${flow.name} answers known and unknown addresses identically, in the same time`, async ({ page, request }) => {
    const action = await capture(page, flow.path, () => page.getByLabel("Email address").fill(SENTINEL_EMAIL), flow.button);
    const { pairedDifferenceMs } = await compare(
      request,
      action,
      (i) => action.body.replace(SENTINEL_EMAIL, tenants[i % tenants.length]!.email),
      (i) => action.body.replace(SENTINEL_EMAIL, `nobody-${i}-${Date.now()}@acme.test`),
    );
    // The e2e mail server answers after 80 ms, as Resend would: sending before answering would add at least that.
    expect(Math.abs(pairedDifferenceMs)).toBeLessThan(40);
  });
}
