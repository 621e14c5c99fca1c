import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { E2E_DATABASE_URL, E2E_MAIL_PORT } from "../../playwright.config";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { e2eDb } from "../support/db";
import { linkIn, waitForEmail } from "../support/mail";
import { logIn } from "../support/tenant";

const run = promisify(execFile);
const OWNER_PASSWORD = "heron quietly mapping 42";
const shots = "/tmp/shots-orgs";

/** The real CLI, as an operator runs it on the deployment: the app's database, address and email provider (the e2e fake Resend). */
async function cli(baseURL: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: E2E_DATABASE_URL,
    APP_URL: baseURL,
    AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
    RESEND_API_KEY: "re_e2e_test_key",
    RESEND_BASE_URL: `http://127.0.0.1:${E2E_MAIL_PORT}`,
  };
  for (const name of ["SEED_DEMO", "INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY", "INNGEST_DEV"]) delete env[name];
  return run("npx", ["tsx", "scripts/cli.ts", ...args], { env, timeout: 60_000 });
}

test("[ORGANISATIONS][CLI]: the operator creates an organisation, its owner accepts the emailed invitation, signs in to an empty organisation and imports users", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const suffix = randomBytes(4).toString("hex");
  const org = { name: `Acme Care ${suffix}`, slug: `acme-${suffix}` };
  const owner = { name: `Olive ${suffix}`, email: `olive-${suffix}@acmecare.test`, username: `olive-${suffix}` };

  const created = await cli(baseURL!, "org", "create", "--name", org.name, "--slug", org.slug, "--owner-name", owner.name, "--owner-email", owner.email);
  expect(created.stdout, created.stderr).toBe("");
  expect(created.stderr).toContain(`Created the organisation “${org.name}” (slug ${org.slug})`);
  expect(created.stderr).toContain(`The invitation was emailed to ${owner.email}.`);
  const listed = await cli(baseURL!, "org", "list");
  expect(listed.stdout).toMatch(new RegExp(`^${org.slug}\\s+${org.name}\\s+\\d{4}-\\d\\d-\\d\\d\\s+0 \\(1 invited\\)\\s+0$`, "m"));

  // The owner opens the emailed link and chooses how they'll log in.
  const email = await waitForEmail(owner.email, new RegExp(`^Join ${org.name} on Rollcall$`));
  expect(email.text).toContain(`You've been invited to help manage ${org.name}'s staff on Rollcall, as an Owner.`);
  await page.goto(linkIn(email, "/accept-invitation"));
  await expect(page.getByRole("heading", { name: `Join ${org.name}` })).toBeVisible();
  await expect(page.getByText(`You've been invited to help manage ${org.name}'s staff list.`)).toBeVisible();
  await expect(page.getByText("Owner", { exact: true })).toBeVisible();
  await page.screenshot({ path: `${shots}/accept-invitation.png`, fullPage: true });
  await page.getByLabel("Username").fill(owner.username);
  await page.getByLabel("Password", { exact: true }).fill(OWNER_PASSWORD);
  await page.getByLabel("Confirm password").fill(OWNER_PASSWORD);
  await page.getByRole("button", { name: "Accept and create my account" }).click();
  await expect(page).toHaveURL(/\/login\?notice=invitation-accepted/);

  // An empty organisation: no users, no imports, and the way to add the first ones.
  await logIn(page, { username: owner.username, password: OWNER_PASSWORD }, "/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${owner.name.split(" ")[0]}`);
  await expect(page.getByText(`${org.name} has no users yet.`)).toBeVisible();
  const steps = page.getByRole("list", { name: "Steps to get started" });
  await expect(steps.getByRole("heading", { level: 3 })).toHaveText(["Step 1: Check the profile fields", "Step 2: Add your users", "Step 3: Invite your team"]);
  await expectNoSeriousA11yViolations(page, "an empty organisation's dashboard");
  await page.screenshot({ path: `${shots}/dashboard-empty.png`, fullPage: true });

  // The owner pastes a few users and imports them.
  await steps.getByRole("link", { name: "Add/Update Users" }).click();
  await expect(page).toHaveURL(/\/users\/import$/);
  await page.getByLabel("Users to add, one per line").fill(`ann-${suffix}@acmecare.test, Ann, Able\nben-${suffix}@acmecare.test, Ben, Baker\ncat-${suffix}@acmecare.test, Cat, Cole`);
  await page.getByLabel("Send welcome emails to new users").uncheck();
  await page.getByRole("button", { name: "Import Users" }).click();
  await expect(page.getByRole("heading", { name: "Review changes" })).toBeVisible();
  await page.getByRole("button", { name: "Import 3 users" }).click();
  await expect(page).toHaveURL(/\/imports\//);
  await expect(page.getByText("Completed")).toBeVisible();
  const organisation = await e2eDb().organisation.findUniqueOrThrow({ where: { slug: org.slug } });
  const learners = await e2eDb().learner.findMany({ where: { organisationId: organisation.id }, orderBy: { emailKey: "asc" } });
  expect(learners.map((l) => [l.email, l.firstName, l.lastName])).toEqual([
    [`ann-${suffix}@acmecare.test`, "Ann", "Able"],
    [`ben-${suffix}@acmecare.test`, "Ben", "Baker"],
    [`cat-${suffix}@acmecare.test`, "Cat", "Cole"],
  ]);

  // Its activity log tells how the organisation began.
  await page.goto("/settings/activity");
  await expect(page.getByText(`Invited ${owner.name} (${owner.email}) as Owner (from the command line).`)).toBeVisible();
  await expect(page.getByText("Command line").first()).toBeVisible();
  await page.screenshot({ path: `${shots}/activity.png`, fullPage: true });
  // With users, the dashboard counts them.
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome back, ${owner.name.split(" ")[0]}`);
  await expect(page.getByRole("link", { name: "3", exact: true }).first()).toBeVisible();
  await expect(page.getByRole("list", { name: "Steps to get started" })).toHaveCount(0);
  await page.screenshot({ path: `${shots}/dashboard-after-import.png`, fullPage: true });
});
