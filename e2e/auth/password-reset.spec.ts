import { expect, test } from "@playwright/test";
import { e2eDb } from "../support/db";
import { linkIn, waitForEmail } from "../support/mail";
import { createTenant, logIn } from "../support/tenant";

const NEW_PASSWORD = "lantern meadow copper 42";

test("[AUTH][RESET]: a reset link works once and signs out every other session", async ({ page, browser }) => {
  const tenant = await createTenant();
  const otherDevice = await browser.newContext();
  const otherPage = await otherDevice.newPage();
  await logIn(otherPage, tenant);

  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await page.getByLabel("Email address").fill(tenant.email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "If an account exists for that address" })).toBeVisible();

  const link = linkIn(await waitForEmail(tenant.email, /reset/i), "/reset-password");
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill("password1234");
  await page.getByLabel("Confirm new password").fill("password1234");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText(/common passwords|too easy to guess/)).toBeVisible();

  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Confirm new password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/login\?notice=password-reset/);
  await logIn(page, { ...tenant, password: NEW_PASSWORD });

  // The other device's session was signed out by the reset.
  await otherPage.goto("/dashboard");
  await expect(otherPage).toHaveURL(/\/login/);

  // The link can't be used twice.
  await page.goto(link);
  await expect(page.getByRole("alert").filter({ hasText: "expired or has already been used" })).toBeVisible();
  await otherDevice.close();
});

test("[AUTH][RESET]: an expired reset link is refused", async ({ page }) => {
  const tenant = await createTenant();
  await page.goto("/forgot-password");
  await page.getByLabel("Email address").fill(tenant.email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  const link = linkIn(await waitForEmail(tenant.email, /reset/i), "/reset-password");

  await e2eDb().passwordResetToken.updateMany({
    where: { admin: { username: tenant.username } },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
  await page.goto(link);
  await expect(page.getByRole("alert").filter({ hasText: "expired or has already been used" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Send me a new link" })).toBeVisible();
});
