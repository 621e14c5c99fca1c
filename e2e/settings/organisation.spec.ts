import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { e2eDb } from "../support/db";
import { linkIn, waitForEmail } from "../support/mail";
import { createTenant, logIn } from "../support/tenant";

/** With E2E_SCREENSHOTS=<folder>, each step the test passes through is saved there to look at. */
async function shot(page: Page, name: string) {
  const folder = process.env.E2E_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true, animations: "disabled" });
}

test("[SETTINGS][ORGANISATION]: an owner rewrites the welcome email with a live preview, saves, and the next welcome email carries the new subject, sender, Reply-To and link lifetime", async ({
  page,
  browser,
}) => {
  const tenant = await createTenant();
  await logIn(page, tenant, "/settings/organisation");
  await expect(page.getByRole("heading", { level: 1, name: "Organisation" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Organisation" })).toHaveAttribute("aria-current", "page");

  // Empty boxes show the built-in wording; the preview is the real template with the organisation's name.
  const subject = page.getByLabel("Welcome email subject");
  await expect(subject).toHaveValue("");
  await expect(subject).toHaveAttribute("placeholder", `Welcome to ${tenant.name}'s learning platform`);
  await expect(page.getByLabel("Opening paragraph")).toHaveAttribute("placeholder", `${tenant.name} has created your account on its learning platform.`);
  const email = page.frameLocator('iframe[title="Welcome email preview"]');
  await expect(page.getByTestId("preview-subject")).toHaveText(`Welcome to ${tenant.name}'s learning platform`);
  await expect(page.getByTestId("preview-from")).toHaveText(`${tenant.name} <onboarding@rollcall.test>`);
  await expect(email.getByText(`${tenant.name} has created your account on its learning platform.`)).toBeVisible();
  await expect(email.getByText("The link works once, for the next 14 days.")).toBeVisible();
  await expect(email.getByText("Hello Sam,")).toBeVisible();
  await expectNoSeriousA11yViolations(page, "organisation settings");
  await shot(page, "organisation-settings");

  // As the owner types, the preview follows.
  await page.getByLabel("Sender name").fill("Acme People Team");
  await page.getByLabel("Reply-to address").fill("people@acme.test");
  await subject.fill("Your training account is ready");
  await page.getByLabel("Opening paragraph").fill("Training starts on Monday.\nBring your badge to the first session.");
  await page.getByLabel("Activation link works for").fill("3");
  await expect(page.getByTestId("preview-subject")).toHaveText("Your training account is ready");
  await expect(page.getByTestId("preview-from")).toHaveText("Acme People Team <onboarding@rollcall.test>");
  await expect(page.getByTestId("preview-reply-to")).toHaveText("people@acme.test");
  await expect(email.getByText("Training starts on Monday.")).toBeVisible();
  await expect(email.getByText("Bring your badge to the first session.")).toBeVisible();
  await expect(email.getByText("The link works once, for the next 3 days.")).toBeVisible();
  await expect(email.getByText(`${tenant.name} has created your account`)).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Up to date" })).toBeVisible();

  // A bad value is refused where it was typed, and the preview says it's out of date until it's fixed.
  const replyTo = page.getByLabel("Reply-to address");
  await replyTo.fill("people at acme");
  await replyTo.blur();
  await expect(page.getByText("Enter a valid email address for replies, like people@example.com, or leave it blank.")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Out of date" })).toBeVisible();
  await page.getByLabel("Activation link works for").fill("120");
  await page.getByLabel("Activation link works for").blur();
  await expect(page.getByText("Enter how long the activation link works as a whole number of days from 1 to 90.")).toBeVisible();
  await shot(page, "organisation-settings-errors");
  await replyTo.fill("people@acme.test");
  await page.getByLabel("Activation link works for").fill("3");
  await expect(page.getByRole("status").filter({ hasText: "Up to date" })).toBeVisible();
  await shot(page, "organisation-settings-edited");

  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Saved. Emails sent from now on use these settings.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save settings" })).toBeDisabled();
  await page.reload();
  await expect(page.getByLabel("Sender name")).toHaveValue("Acme People Team");
  await expect(page.getByLabel("Activation link works for")).toHaveValue("3");

  // The next welcome email is the one the preview showed.
  const learnerEmail = `starter-${tenant.slug}@example.com`;
  await page.goto("/users/import");
  await page.getByLabel("Users to add, one per line").fill(`${learnerEmail}, Nia, Starter`);
  await page.getByRole("button", { name: "Import Users" }).click();
  await page.getByRole("button", { name: "Import 1 user" }).click();
  await expect(page).toHaveURL(/\/imports\//);
  const welcome = await waitForEmail(learnerEmail, /^Your training account is ready$/);
  expect(welcome.from).toBe("Acme People Team <onboarding@rollcall.test>");
  expect(welcome.replyTo).toBe("people@acme.test");
  expect(welcome.text).toMatch(/Hello Nia,\s+Training starts on Monday\.\s+Bring your badge to the first session\.\s+Choose a password to activate it\. The link works once, for the next 3 days\./);
  const learner = await e2eDb().learner.findFirstOrThrow({ where: { organisationId: tenant.organisationId } });
  const daysLeft = (learner.activationExpiresAt!.getTime() - Date.now()) / 86_400_000;
  expect(daysLeft).toBeGreaterThan(2.99);
  expect(daysLeft).toBeLessThanOrEqual(3);

  // The link in it still activates the account.
  const learnerPage = await browser.newPage();
  await learnerPage.goto(linkIn(welcome, "/welcome/"));
  await expect(learnerPage.getByRole("heading", { name: "Welcome, Nia" })).toBeVisible();
  await learnerPage.close();

  // The activity log says what changed.
  await page.goto("/settings/activity");
  await expect(
    page.getByText("Changed the sender name, the reply-to address, the welcome email's subject, the welcome email's opening paragraph and how long activation links work."),
  ).toBeVisible();
});

test("[SETTINGS][ORGANISATION]: the page fits a phone", async ({ page }) => {
  const tenant = await createTenant();
  await page.setViewportSize({ width: 390, height: 844 });
  await logIn(page, tenant, "/settings/organisation");
  await expect(page.frameLocator('iframe[title="Welcome email preview"]').getByText("Hello Sam,")).toBeVisible();
  // Nothing wider than the screen: the page doesn't scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot(page, "organisation-settings-mobile");
  if (process.env.E2E_SCREENSHOTS) await page.getByTestId("welcome-preview").screenshot({ path: `${process.env.E2E_SCREENSHOTS}/organisation-preview-mobile.png`, animations: "disabled" });
});

test("[SETTINGS][ORGANISATION]: an Admin has no Organisation tab and the URL says it's for owners", async ({ page }) => {
  const tenant = await createTenant();
  const owner = await e2eDb().admin.findFirstOrThrow({ where: { organisationId: tenant.organisationId } });
  const username = `staff-${tenant.slug}`;
  await e2eDb().admin.create({ data: { organisationId: tenant.organisationId, username, email: `${username}@acme.test`, name: "Sam Staff", passwordHash: owner.passwordHash, role: "ADMIN" } });
  await logIn(page, { ...tenant, username }, "/settings/fields");
  const tabs = page.getByRole("navigation", { name: "Settings" });
  await expect(tabs.getByRole("link", { name: "Profile fields" })).toBeVisible();
  await expect(tabs.getByRole("link", { name: "Organisation" })).toHaveCount(0);

  await page.goto("/settings/organisation");
  await expect(page).toHaveURL(/\/no-access\?need=organisation%3Amanage$/);
  await expect(page.getByText("Admins can't change the organisation's settings. An owner can change your role in Settings → Team.")).toBeVisible();
});
