import { expect, type Page, test } from "@playwright/test";
import { e2eDb } from "../support/db";
import { seedLearners } from "../support/learners";
import { captureServerAction, replayServerAction } from "../support/server-action";
import { createTenant, logIn } from "../support/tenant";

/** Submits the text box and captures the real server-action request it makes, without letting it through. */
function captureTextboxAction(page: Page, text: string) {
  return captureServerAction(page, "/users/import", async () => {
    await page.getByLabel("Users to add, one per line").fill(text);
    await page.getByRole("button", { name: "Import Users" }).click();
  });
}

test("[AUTH][THROTTLE]: after 5 wrong passwords the username is locked for 15 minutes", async ({ page }) => {
  const tenant = await createTenant();
  await page.goto("/login");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Username").fill(tenant.username);
    await page.getByLabel("Password", { exact: true }).fill(`wrong password ${attempt}`);
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Incorrect username or password" })).toBeVisible();
    // The form clears the password after each refusal: wait for it so each attempt is counted.
    await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
  }
  // Even the right password is refused now.
  await page.getByLabel("Username").fill(tenant.username);
  await page.getByLabel("Password", { exact: true }).fill(tenant.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Too many attempts" })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("[AUTH][PROTECTION]: a server action replayed without a session is refused and changes nothing", async ({ page, playwright, baseURL }) => {
  const tenant = await createTenant();
  await logIn(page, tenant, "/users/import");

  const captured = await captureTextboxAction(page, "intruder@example.com, Mallory, Intruder");

  // Replay it from a client with no cookies at all: the action endpoint itself must refuse it.
  const anonymous = await playwright.request.newContext({ baseURL });
  for (const maxRedirects of [0, 5]) {
    const response = await replayServerAction(anonymous, captured, { maxRedirects });
    expect(await response.text()).not.toContain("importId");
  }
  await anonymous.dispose();
  expect(await e2eDb().importJob.count({ where: { organisationId: tenant.organisationId } })).toBe(0);
});

test("[SECURITY]: a server action posted from another origin is refused even with the admin's cookie", async ({ page }) => {
  const tenant = await createTenant();
  await logIn(page, tenant, "/users/import");
  const captured = await captureTextboxAction(page, "csrf@example.com");

  // page.request carries the logged-in admin's cookies; only the Origin is foreign.
  const response = await replayServerAction(page.request, captured, { headers: { origin: "https://evil.example" } });
  expect(response.ok()).toBe(false);
  expect(await e2eDb().importJob.count({ where: { organisationId: tenant.organisationId } })).toBe(0);
});

test("[AUTH][PROTECTION]: API routes answer 401 without a session", async ({ request }) => {
  expect((await request.get("/api/users/template")).status()).toBe(401);
  expect((await request.post("/api/imports/upload?fileName=x.csv", { data: "Email\na@b.co" })).status()).toBe(401);
});

test("[SECURITY]: the Inngest endpoint refuses an unsigned call to run the import function", async ({ page, request }) => {
  const tenant = await createTenant();
  await logIn(page, tenant, "/users/import");
  // A draft: its rows would be applied if anyone could make the app run process-import for it.
  await page.getByLabel("Users to add, one per line").fill("forged@example.com, Mallory, Forger");
  await page.getByRole("button", { name: "Import Users" }).click();
  await expect(page).toHaveURL(/\/users\/import\/[^/]+\/review$/);
  const importId = new URL(page.url()).pathname.split("/")[3]!;

  const response = await request.post("/api/inngest?fnId=rollcall-process-import&stepId=step", {
    data: { event: { name: "rollcall/import.queued", data: { importId, organisationId: tenant.organisationId } }, events: [], steps: {}, ctx: { run_id: "forged", attempt: 0 } },
  });
  expect(response.status()).toBeGreaterThanOrEqual(400);
  // Give a run that slipped through time to write, then check nothing did.
  await page.waitForTimeout(1_000);
  expect(await e2eDb().learner.count({ where: { organisationId: tenant.organisationId } })).toBe(0);
  expect((await e2eDb().importJob.findUniqueOrThrow({ where: { id: importId } })).status).toBe("DRAFT");
});

test("[AUTH][PROTECTION]: an action after the session was revoked elsewhere goes to the login page, without a false connection error", async ({ page }) => {
  const tenant = await createTenant();
  await seedLearners(tenant.organisationId, 3);
  await logIn(page, tenant, "/users");
  await page.getByRole("checkbox", { name: /^Select First\d+ Last\d+$/ }).first().check();
  // The password was changed in another browser: every other session is void.
  await e2eDb().admin.update({ where: { username: tenant.username }, data: { sessionVersion: { increment: 1 } } });
  await page.getByRole("region", { name: "Selected users" }).getByRole("button", { name: "Archive", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Archive" }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByText("Check your connection")).toHaveCount(0);
  expect(await e2eDb().learner.count({ where: { organisationId: tenant.organisationId, active: false } })).toBe(0);
});
