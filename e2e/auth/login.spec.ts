import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { createTenant, logIn } from "../support/tenant";

test("[AUTH]: admin logs in with username and password and lands on the dashboard", async ({ page }) => {
  const tenant = await createTenant();
  await logIn(page, tenant);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome");
  await expect(page.getByText(tenant.name).first()).toBeVisible();
});

test("[AUTH]: a wrong password says 'Incorrect username or password' without saying which", async ({ page }) => {
  const tenant = await createTenant();
  await page.goto("/login");
  await page.getByLabel("Username").fill(tenant.username);
  await page.getByLabel("Password", { exact: true }).fill("not the password");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Incorrect username or password" })).toBeVisible();

  await page.getByLabel("Username").fill("nobody-by-this-name");
  await page.getByLabel("Password", { exact: true }).fill("not the password");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Incorrect username or password" })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("[AUTH]: an unauthenticated visit is sent to login and back to the page afterwards", async ({ page }) => {
  const tenant = await createTenant();
  await page.goto("/users");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByLabel("Username").fill(tenant.username);
  await page.getByLabel("Password", { exact: true }).fill(tenant.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/users$/);
});

async function sessionCookies(context: BrowserContext) {
  return (await context.cookies()).filter((cookie) => /authjs\.session-token/.test(cookie.name));
}

async function logOutFromMenu(page: Page) {
  await page.getByRole("button", { name: /account menu/ }).click();
  await page.getByRole("menuitem", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login\?notice=signed-out/);
  await expect(page.getByText("You have been logged out.")).toBeVisible();
}

test("[AUTH]: admin logs out from the user menu straight after logging in", async ({ page, context }) => {
  const tenant = await createTenant();
  await logIn(page, tenant);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome");
  await logOutFromMenu(page);
  expect(await sessionCookies(context)).toEqual([]);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  expect(await sessionCookies(context)).toEqual([]);
});

test("[AUTH]: a request the dashboard sent before logging out, answered after it, doesn't sign the admin back in", async ({ page, context }) => {
  const tenant = await createTenant();
  // The dashboard prefetches its links as soon as it shows, with the session cookie. On a slow
  // connection or a busy server their answers can arrive after the logout's: hold them until then.
  let answerLogout!: () => void;
  const logoutAnswered = new Promise<void>((resolve) => (answerLogout = resolve));
  let held = 0;
  let released = 0;
  await page.route("**/*", async (route) => {
    const request = route.request();
    const session = (await sessionCookies(context))[0];
    if (!request.headers()["next-router-prefetch"] || !session) return route.continue();
    held++;
    await logoutAnswered;
    const response = await route.fetch({ headers: { ...request.headers(), cookie: `${session.name}=${session.value}` } });
    await route.fulfill({ response });
    released++;
  });
  await logIn(page, tenant);
  await expect.poll(() => held, { message: "the dashboard prefetches its links" }).toBeGreaterThan(0);

  const logoutResponse = page.waitForResponse((response) => response.request().method() === "POST" && Boolean(response.request().headers()["next-action"]));
  await page.getByRole("button", { name: /account menu/ }).click();
  await page.getByRole("menuitem", { name: "Log out" }).click();
  await logoutResponse;
  answerLogout();
  await expect(page.getByText("You have been logged out.")).toBeVisible();
  await expect.poll(() => released, { message: "the held answers arrived" }).toBe(held);
  await page.unrouteAll({ behavior: "ignoreErrors" });

  expect(await sessionCookies(context)).toEqual([]);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
});

test("[AUTH][LOGIN]: a dropped connection keeps the form filled in and says what to do", async ({ page }) => {
  const tenant = await createTenant();
  await page.goto("/login");
  await page.route("**/login", (route) => (route.request().method() === "POST" ? route.abort("connectionreset") : route.continue()));
  await page.getByLabel("Username").fill(tenant.username);
  await page.getByLabel("Password", { exact: true }).fill(tenant.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Check your connection and try again" })).toBeVisible();
  await expect(page.getByLabel("Username")).toHaveValue(tenant.username);

  await page.unroute("**/login");
  await page.getByLabel("Password", { exact: true }).fill(tenant.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});
