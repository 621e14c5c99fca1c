import { expect, type APIRequestContext, type Page, test } from "@playwright/test";
import { e2eDb } from "../support/db";
import { emailsTo } from "../support/mail";
import { type CapturedAction, captureServerAction, replayServerAction, testClientIp } from "../support/server-action";
import { createTenant, logIn } from "../support/tenant";

// Each test floods one endpoint with 100 requests at once, replayed straight at the server action
// (no browser in the way), from an address of its own so other tests' per-IP counts are untouched.
// Claim-then-count may refuse a racing request early but never lets one through late, so a flood
// gets at most the limit through (possibly none, when enough claims land before any count); a
// slower follow-up then shows the limit is reached exactly.

const THROTTLED = "Too many attempts";
const SENTINEL_USERNAME = "sentinel-username";
const SENTINEL_PASSWORD = "sentinel wrong password";
const SENTINEL_EMAIL = "sentinel@flood.test";

type Outcome = "throttled" | "answered";

async function post(request: APIRequestContext, action: CapturedAction, ip: string, body?: string): Promise<Outcome> {
  const response = await replayServerAction(request, action, { body, headers: { "x-forwarded-for": ip } });
  expect(response.status(), "every request gets an answer, none an error").toBe(200);
  return (await response.text()).includes(THROTTLED) ? "throttled" : "answered";
}

/** 100 requests at once; returns how many were answered (not refused by the throttle). */
async function flood(send: (i: number) => Promise<Outcome>): Promise<number> {
  const outcomes = await Promise.all(Array.from({ length: 100 }, (_, i) => send(i)));
  return outcomes.filter((o) => o === "answered").length;
}

/** Sends one request at a time until the throttle refuses one; returns how many were answered first. */
async function untilThrottled(send: () => Promise<Outcome>): Promise<number> {
  for (let answered = 0; answered <= 25; answered++) {
    if ((await send()) === "throttled") return answered;
  }
  throw new Error("the throttle never refused a request");
}

async function captureLogin(page: Page) {
  await page.goto("/login");
  return captureServerAction(page, "/login", async () => {
    await page.getByLabel("Username").fill(SENTINEL_USERNAME);
    await page.getByLabel("Password", { exact: true }).fill(SENTINEL_PASSWORD);
    await page.getByRole("button", { name: "Log in" }).click();
  });
}

async function captureEmailRequest(page: Page, path: string, button: string) {
  await page.goto(path);
  return captureServerAction(page, path, async () => {
    await page.getByLabel("Email address").fill(SENTINEL_EMAIL);
    await page.getByRole("button", { name: button }).click();
  });
}

async function failedLoginsFor(username: string) {
  return e2eDb().auditLog.count({ where: { action: "login.failed", detail: { path: ["username"], equals: username } } });
}

/** Waits until the app has finished sending (emails go out after the response) and returns how many arrived. */
async function settledEmailCount(address: string, expected: number) {
  await expect.poll(async () => (await emailsTo(address)).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(expected);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  return (await emailsTo(address)).length;
}

test("[AUTH][THROTTLE]: 100 rapid wrong passwords for one username check at most 5, then the account is locked", async ({ page, request }) => {
  const tenant = await createTenant();
  const login = await captureLogin(page);
  const ip = testClientIp();
  const guess = (i: number) => post(request, login, ip, login.body.replace(SENTINEL_USERNAME, tenant.username).replace(SENTINEL_PASSWORD, `wrong guess ${i}`));

  const answeredInFlood = await flood(guess);
  expect(answeredInFlood).toBeLessThanOrEqual(5);
  expect(answeredInFlood + (await untilThrottled(() => guess(-1)))).toBe(5);
  expect(await failedLoginsFor(tenant.username)).toBe(5);

  // The right password is refused too, from the browser's own address.
  await page.goto("/login");
  await page.getByLabel("Username").fill(tenant.username);
  await page.getByLabel("Password", { exact: true }).fill(tenant.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: THROTTLED })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("[AUTH][THROTTLE]: 100 rapid guesses at different usernames from one address check at most 20", async ({ page, request }) => {
  const tenant = await createTenant();
  const login = await captureLogin(page);
  const ip = testClientIp();
  const spray = (i: number) => post(request, login, ip, login.body.replace(SENTINEL_USERNAME, `sprayed-${i}-${tenant.slug}`));

  const answeredInFlood = await flood(spray);
  expect(answeredInFlood).toBeLessThanOrEqual(20);
  expect(answeredInFlood + (await untilThrottled(() => spray(1_000 + Math.floor(Math.random() * 1e6))))).toBe(20);

  // That address can't even use a real account now; the admin, elsewhere, still can.
  const rightPassword = login.body.replace(SENTINEL_USERNAME, tenant.username).replace(SENTINEL_PASSWORD, tenant.password);
  expect(await post(request, login, ip, rightPassword)).toBe("throttled");
  await logIn(page, tenant);
});

for (const flow of [
  { name: "username reminders", path: "/forgot-username", button: "Email my username", subject: /username/i },
  { name: "password-reset links", path: "/forgot-password", button: "Email me a reset link", subject: /reset/i },
]) {
  test(`[AUTH][THROTTLE]: 100 rapid requests for ${flow.name} send at most 5 emails to one address`, async ({ page, request }) => {
    const tenant = await createTenant();
    const action = await captureEmailRequest(page, flow.path, flow.button);
    const ip = testClientIp();
    const ask = () => post(request, action, ip, action.body.replace(SENTINEL_EMAIL, tenant.email));

    const answeredInFlood = await flood(ask);
    expect(answeredInFlood).toBeLessThanOrEqual(5);
    expect(answeredInFlood + (await untilThrottled(ask))).toBe(5);

    const emails = await settledEmailCount(tenant.email, 5);
    expect(emails).toBe(5);
    expect((await emailsTo(tenant.email)).every((email) => flow.subject.test(email.subject))).toBe(true);
    if (flow.path === "/forgot-password") {
      const admin = await e2eDb().admin.findUniqueOrThrow({ where: { username: tenant.username } });
      expect(await e2eDb().passwordResetToken.count({ where: { adminId: admin.id } }), "only the newest link works").toBe(1);
    }
  });
}
