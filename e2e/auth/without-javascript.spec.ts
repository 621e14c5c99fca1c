import { randomBytes } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { hashToken } from "../../lib/server/auth/tokens";
import { e2eDb } from "../support/db";
import { emailsTo, linkIn, waitForEmail } from "../support/mail";
import { createTenant } from "../support/tenant";

// Every public form as the browser posts it by itself: what a slow connection gets before the page's
// script has run, and what a browser without JavaScript always gets. None may put what was typed in a URL.
test.use({ javaScriptEnabled: false });

/** Every URL the page requested, to check that no field's value ever appears in one. */
function recordUrls(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(decodeURIComponent(request.url())));
  return urls;
}

function expectNoneContain(urls: string[], ...values: string[]) {
  for (const value of values) expect(urls.filter((url) => url.toLowerCase().includes(value.toLowerCase())), value).toEqual([]);
}

test("[AUTH][NO-JS]: admin logs in without JavaScript and lands on the page they asked for", async ({ page }) => {
  const tenant = await createTenant();
  const urls = recordUrls(page);
  await page.goto("/users");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByLabel("Username").fill(tenant.username);
  await page.getByLabel("Password", { exact: true }).fill(tenant.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/users$/);
  await expect(page.getByRole("button", { name: /account menu/ })).toContainText(tenant.adminName);

  // The Add/Update Users page is sent whole, so it shows without JavaScript too.
  await page.goto("/users/import");
  await expect(page.getByRole("heading", { level: 1, name: "Add/Update Users" })).toBeVisible();
  expectNoneContain(urls, tenant.username, tenant.password);
});

test("[AUTH][NO-JS]: a wrong password without JavaScript says so and stays on the login page", async ({ page }) => {
  const tenant = await createTenant();
  const urls = recordUrls(page);
  await page.goto("/login");
  await page.getByLabel("Username").fill(tenant.username);
  await page.getByLabel("Password", { exact: true }).fill("not the password");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Incorrect username or password" })).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
  expectNoneContain(urls, tenant.username, "not the password");

  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByText("Enter your username.")).toBeVisible();
});

test("[AUTH][NO-JS]: the forgotten-password form emails a reset link without JavaScript, and the link sets a new password", async ({ page }) => {
  const tenant = await createTenant();
  const urls = recordUrls(page);
  await page.goto("/forgot-password");
  await page.getByLabel("Email address").fill(tenant.email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "If an account exists for that address" })).toBeVisible();
  await expect(page).toHaveURL(/\/forgot-password$/);

  const link = linkIn(await waitForEmail(tenant.email, /reset/i), "/reset-password");
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill("password1234");
  await page.getByLabel("Confirm new password").fill("password1234");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText(/common passwords|too easy to guess/)).toBeVisible();

  const newPassword = "lantern meadow copper 42";
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("Confirm new password").fill(newPassword);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/login\?notice=password-reset$/);
  await expect(page.getByText("Your password has been changed.")).toBeVisible();

  await page.getByLabel("Username").fill(tenant.username);
  await page.getByLabel("Password", { exact: true }).fill(newPassword);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  expectNoneContain(urls, tenant.email, "password1234", newPassword);
});

test("[AUTH][NO-JS]: the forgotten-username form emails the username without JavaScript", async ({ page }) => {
  const tenant = await createTenant();
  const urls = recordUrls(page);
  await page.goto("/forgot-username");
  await page.getByLabel("Email address").fill(tenant.email);
  await page.getByRole("button", { name: "Email my username" }).click();
  await expect(page.getByRole("status").filter({ hasText: "we've emailed its username" })).toBeVisible();
  await expect(page).toHaveURL(/\/forgot-username$/);
  expect((await waitForEmail(tenant.email, /username/i)).text).toContain(tenant.username);

  await page.getByLabel("Email address").fill("not-an-address");
  await page.getByRole("button", { name: "Email my username" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  expect(await emailsTo("not-an-address")).toEqual([]);
  expectNoneContain(urls, tenant.email, "not-an-address");
});

test("[AUTH][NO-JS]: a learner activates their account from the welcome link without JavaScript", async ({ page }) => {
  const tenant = await createTenant();
  const token = randomBytes(32).toString("base64url");
  const email = `starter-${randomBytes(4).toString("hex")}@example.com`;
  await e2eDb().learner.create({
    data: { organisationId: tenant.organisationId, email, emailKey: email, firstName: "Nia", lastName: "Starter", activationTokenHash: hashToken(token), activationExpiresAt: new Date(Date.now() + 3_600_000) },
  });
  const urls = recordUrls(page);
  await page.goto(`/welcome/${token}`);
  await expect(page.getByRole("heading", { name: "Welcome, Nia" })).toBeVisible();
  await page.getByLabel("Choose a password").fill("orbit willow paper 77");
  await page.getByLabel("Confirm password").fill("orbit willow paper 78");
  await page.getByRole("button", { name: "Activate my account" }).click();
  await expect(page.getByText("The two passwords don't match.")).toBeVisible();

  await page.getByLabel("Choose a password").fill("orbit willow paper 77");
  await page.getByLabel("Confirm password").fill("orbit willow paper 77");
  await page.getByRole("button", { name: "Activate my account" }).click();
  await expect(page.getByRole("heading", { name: "Your account is ready" })).toBeVisible();
  expect((await e2eDb().learner.findFirstOrThrow({ where: { organisationId: tenant.organisationId, emailKey: email } })).activatedAt).not.toBeNull();
  expectNoneContain(urls, "orbit willow");
});
