import { expect, test } from "@playwright/test";
import { linkIn, waitForEmail } from "../support/mail";
import { createTenant, logIn } from "../support/tenant";

test("[IMPORT][WELCOME]: progress reaches 100% live and the welcome link lets the learner set a password once", async ({ page, browser }) => {
  const tenant = await createTenant();
  const learnerEmail = `newstarter-${Date.now()}@example.com`;
  await logIn(page, tenant, "/users/import");
  await page.getByLabel("Users to add, one per line").fill(`${learnerEmail}, Nia, Starter`);
  await page.getByRole("button", { name: "Import Users" }).click();
  await page.getByRole("button", { name: "Import 1 user" }).click();
  await expect(page).toHaveURL(/\/imports\//);

  await page.goto("/dashboard");
  const recent = page.getByRole("list", { name: "Recent imports" });
  await expect(recent.getByRole("status").first()).toContainText("100%");

  const email = await waitForEmail(learnerEmail, /welcome/i);
  const link = linkIn(email, "/welcome/");
  const learner = await browser.newPage();
  await learner.goto(link);
  await expect(learner.getByRole("heading", { name: "Welcome, Nia" })).toBeVisible();
  await learner.getByLabel("Choose a password").fill("orbit willow paper 77");
  await learner.getByLabel("Confirm password").fill("orbit willow paper 77");
  await learner.getByRole("button", { name: "Activate my account" }).click();
  await expect(learner.getByRole("heading", { name: "Your account is ready" })).toBeVisible();

  await learner.goto(link);
  await expect(learner.getByRole("alert").filter({ hasText: "expired or has already been used" })).toBeVisible();
});
