import { expect, test } from "@playwright/test";
import { createTenant, logIn } from "../support/tenant";

test("[AUTH]: admin logs in with username and password and lands on the dashboard", async ({ page }) => {
  const tenant = await createTenant();
  await logIn(page, tenant);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome back");
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

test("[AUTH]: admin logs out from the user menu", async ({ page }) => {
  const tenant = await createTenant();
  await logIn(page, tenant);
  // Let the refresh that follows logging in settle first: a logout racing it can end back on the
  // dashboard (a known issue, noted in the closing note of stop 10).
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome back");
  await page.waitForTimeout(1_000);
  await page.getByRole("button", { name: /account menu/ }).click();
  await page.getByRole("menuitem", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByText("You have been logged out.")).toBeVisible();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login/);
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
