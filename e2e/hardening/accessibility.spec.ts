import { expect, test } from "@playwright/test";
import { newToken } from "../../lib/server/auth/tokens";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { e2eDb } from "../support/db";
import { seedLearners } from "../support/learners";
import { createTenant, logIn } from "../support/tenant";

test("[A11Y]: public pages have no serious axe violations", async ({ page }) => {
  const tenant = await createTenant();
  const { token, tokenHash } = newToken();
  await e2eDb().adminInvitation.create({
    data: { organisationId: tenant.organisationId, name: "Ada Access", email: `ada-${token.slice(0, 8)}@acme.test`, role: "ADMIN", tokenHash, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  const publicPages = ["/login", "/forgot-username", "/forgot-password", "/reset-password?token=not-a-real-token-at-all-xyz", "/accept-invitation?token=not-a-real-token-at-all-xyz"];
  for (const path of [...publicPages, `/accept-invitation?token=${token}`]) {
    await page.goto(path);
    await expectNoSeriousA11yViolations(page, path);
  }
});

test("[A11Y]: app pages and every wizard step have no serious axe violations", async ({ page }) => {
  test.setTimeout(180_000);
  const tenant = await createTenant();
  await seedLearners(tenant.organisationId, 3);
  await logIn(page, tenant);
  for (const path of ["/dashboard", "/users", "/users/import", "/account", "/settings/fields", "/settings/team", "/settings/api-tokens", "/settings/api-reference", "/settings/directory-sync", "/settings/organisation", "/settings/activity", "/no-access?need=team%3Amanage"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page, path);
  }

  await page.goto("/settings/team");
  await page.getByRole("button", { name: "Invite someone" }).first().click();
  await expect(page.getByRole("dialog", { name: "Invite someone to the team" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "invite dialog");
  await page.keyboard.press("Escape");

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
