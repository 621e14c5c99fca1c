import { expect, test } from "@playwright/test";
import { emailsTo, waitForEmail } from "../support/mail";
import { createTenant } from "../support/tenant";

const SAME_ANSWER = "If an account exists for that address, we've emailed its username.";

test("[AUTH][USERNAME]: the username reminder arrives with the right username and a login link", async ({ page }) => {
  const tenant = await createTenant();
  await page.goto("/login");
  await page.getByRole("link", { name: "Forgotten your username?" }).click();
  await page.getByLabel("Email address").fill(tenant.email.toUpperCase());
  await page.getByRole("button", { name: "Email my username" }).click();
  await expect(page.getByRole("status").filter({ hasText: SAME_ANSWER })).toBeVisible();

  const email = await waitForEmail(tenant.email, /username/i);
  expect(email.text).toContain(tenant.username);
  expect(email.text).toMatch(/\/login/);
});

test("[AUTH][USERNAME]: an unknown address gets the same answer and no email", async ({ page }) => {
  const unknown = `nobody-${Date.now()}@acme.test`;
  await page.goto("/forgot-username");
  await page.getByLabel("Email address").fill(unknown);
  await page.getByRole("button", { name: "Email my username" }).click();
  await expect(page.getByRole("status").filter({ hasText: SAME_ANSWER })).toBeVisible();
  await page.waitForTimeout(1000);
  expect(await emailsTo(unknown)).toHaveLength(0);
});
