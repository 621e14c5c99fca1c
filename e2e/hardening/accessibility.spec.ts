import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { seedLearners } from "../support/learners";
import { createTenant, logIn } from "../support/tenant";

test("[A11Y]: public pages have no serious axe violations", async ({ page }) => {
  for (const path of ["/login", "/forgot-username", "/forgot-password", "/reset-password?token=not-a-real-token-at-all-xyz"]) {
    await page.goto(path);
    await expectNoSeriousA11yViolations(page, path);
  }
});

test("[A11Y]: app pages and every wizard step have no serious axe violations", async ({ page }) => {
  test.setTimeout(180_000);
  const tenant = await createTenant();
  await seedLearners(tenant.organisationId, 3);
  await logIn(page, tenant);
  for (const path of ["/dashboard", "/users", "/users/import", "/account", "/settings/fields", "/settings/api-tokens", "/settings/api-reference", "/settings/activity"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page, path);
  }

  await page.goto("/users/import");
  const csv = "Email,First Name,Last Name,Active,Extra\nann@example.com,Ann,Lee,1,x\nbob@,Bob,Stone,1,y\n";
  await page.locator("input[type=file]").setInputFiles({ name: "a11y.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Import Users" }).click();
  await expect(page.getByRole("heading", { name: "Map fields" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "map fields step");

  await page.getByRole("button", { name: "Continue to review" }).click();
  await expect(page.getByRole("heading", { name: "Review changes" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "review step");
  await page.getByRole("button", { name: "Fix row 3" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expectNoSeriousA11yViolations(page, "fix row dialog");
  await page.keyboard.press("Escape");

  await page.getByLabel("Send welcome emails to new users").uncheck();
  await page.getByRole("button", { name: "Import 1 user" }).click();
  await expect(page.getByText("Completed")).toBeVisible();
  await expectNoSeriousA11yViolations(page, "import status page");
});
