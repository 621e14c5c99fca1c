import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { e2eDb } from "../support/db";
import { emailsTo, linkIn, waitForEmail } from "../support/mail";
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

test("[IMPORT][WELCOME]: users imported as archived get no welcome email, an archived learner's link can't activate, and unarchiving offers the email", async ({
  page,
  browser,
}) => {
  const tenant = await createTenant();
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const [ada, arlo] = [`ada-${stamp}@example.com`, `arlo-${stamp}@example.com`];
  await logIn(page, tenant, "/users/import");
  const csv = `Email,First Name,Last Name,Active\n${ada},Ada,Active,1\n${arlo},Arlo,Archived,0`;
  await page.locator("input[type=file]").setInputFiles({ name: "staff.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByRole("button", { name: "Import Users" }).click();
  await page.getByRole("button", { name: "Continue to review" }).click();

  // The count comes from the server's plan, and follows the option.
  const planned = "1 new user will get a welcome email; 1 new user imported as archived won't.";
  await expect(page.getByText(planned)).toBeVisible();
  await page.getByLabel("Send welcome emails to new users").uncheck();
  await expect(page.getByText("No welcome emails will be sent.")).toBeVisible();
  await page.getByLabel("Send welcome emails to new users").check();
  await expect(page.getByText(planned)).toBeVisible();
  await page.getByRole("button", { name: "Import 2 users" }).click();
  await expect(page).toHaveURL(/\/imports\//);

  const welcome = await waitForEmail(ada, /welcome/i);
  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: arlo })).toContainText("Not sent");
  await expect(page.getByText("1 not sent: imported as archived")).toBeVisible();
  expect(await emailsTo(arlo)).toEqual([]);

  // Ada is archived before she uses her link.
  await e2eDb().learner.updateMany({ where: { organisationId: tenant.organisationId, emailKey: ada }, data: { active: false } });
  // A context of its own (axe needs one): the learner's browser, not the admin's.
  const learner = await (await browser.newContext()).newPage();
  await learner.goto(linkIn(welcome, "/welcome/"));
  await expect(learner.getByRole("heading", { name: "Your account is archived" })).toBeVisible();
  await expect(learner.getByText("contact your administrator")).toBeVisible();
  await expect(learner.getByLabel("Choose a password")).toHaveCount(0);
  await expectNoSeriousA11yViolations(learner, "welcome page of an archived learner");

  // Unarchiving both: only Arlo has never had a welcome email.
  await page.goto("/users?status=archived");
  await page.getByRole("checkbox", { name: "Select Ada Active" }).check();
  await page.getByRole("checkbox", { name: "Select Arlo Archived" }).check();
  await page.getByRole("region", { name: "Selected users" }).getByRole("button", { name: "Unarchive" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Unarchive 2 users?" });
  await expect(dialog.getByLabel("Send a welcome email to the 1 who has never had one")).toBeChecked();
  await expectNoSeriousA11yViolations(page, "unarchive dialog");
  await dialog.getByRole("button", { name: "Unarchive" }).click();
  await expect(page.getByText("Unarchived 2 users; they're active again. Queued a welcome email for 1 of them, who had never had one.")).toBeVisible();

  await waitForEmail(arlo, /welcome/i);
  expect(await emailsTo(ada)).toHaveLength(1);
  // Unarchived, Ada's link works again.
  await learner.reload();
  await expect(learner.getByRole("heading", { name: "Welcome, Ada" })).toBeVisible();
});
