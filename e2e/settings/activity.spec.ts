import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { e2eDb } from "../support/db";
import { seedLearners } from "../support/learners";
import { createTenant, logIn } from "../support/tenant";

test("[SETTINGS][ACTIVITY]: admin archives a user, finds it in the activity log, filters the log and exports what it shows", async ({ page }) => {
  const tenant = await createTenant();
  await seedLearners(tenant.organisationId, 3);
  const token = await e2eDb().apiToken.create({
    data: { organisationId: tenant.organisationId, name: "HR sync", prefix: "rc_e2e", secretHash: `e2e-${tenant.slug}`, scopes: ["users:write"] },
  });

  // A wrong password first: the failed sign-in is on this admin's username, so it is this organisation's.
  await page.goto("/login");
  await page.getByLabel("Username").fill(tenant.username);
  await page.getByLabel("Password", { exact: true }).fill("not my password at all");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Incorrect username or password." })).toBeVisible();
  await logIn(page, tenant, "/users");

  await page.getByRole("checkbox", { name: "Select First01 Last01" }).check();
  await page.getByRole("region", { name: "Selected users" }).getByRole("button", { name: "Archive", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("cell", { name: "person01@example.com" })).toBeHidden();
  await expect.poll(() => e2eDb().auditLog.count({ where: { organisationId: tenant.organisationId, action: "learners.archived" } })).toBe(1);
  // The token archives another user through the API's own code path (its audit entry names it).
  const other = await e2eDb().learner.findFirstOrThrow({ where: { organisationId: tenant.organisationId, emailKey: "person02@example.com" } });
  await e2eDb().learner.update({ where: { id: other.id }, data: { active: false } });
  await e2eDb().auditLog.create({
    data: { organisationId: tenant.organisationId, apiTokenId: token.id, action: "learners.archived", detail: { count: 1, learnerIds: [other.id], token: "HR sync" } },
  });

  await page.goto("/settings");
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Activity" }).click();
  await expect(page.getByRole("heading", { name: "Activity", level: 1 })).toBeVisible();
  const log = page.getByRole("table", { name: "Activity" });
  await expect(log.getByRole("row").nth(1)).toContainText("API token ‘HR sync’");
  await expect(log.getByRole("row").nth(1)).toContainText("Archived 1 user.");
  await expect(log.getByRole("row").nth(2)).toContainText(tenant.adminName);
  await expect(log.getByRole("row").nth(2)).toContainText("Archived 1 user.");
  await expect(log.getByRole("row", { name: /Signed in\./ })).toContainText(tenant.adminName);
  await expect(log.getByRole("row", { name: /Failed sign-in/ })).toContainText(`Failed sign-in as ‘${tenant.username}’`);
  await expect(page.getByText("Showing 1–4 of 4")).toBeVisible();
  await page.screenshot({ path: "test-results/activity-log.png", fullPage: true });

  // Kind, then person: each lands in the URL and narrows the table.
  await page.getByLabel("Kind").click();
  await page.getByRole("option", { name: "Users archived, unarchived or erased" }).click();
  await expect(page).toHaveURL(/kind=users/);
  await expect(page.getByText("Showing 1–2 of 2")).toBeVisible();
  await page.getByLabel("Person").click();
  await page.getByRole("option", { name: tenant.adminName }).click();
  await expect(page).toHaveURL(/person=admin%3A/);
  await expect(page.getByText("Showing 1–1 of 1")).toBeVisible();
  await expect(log.getByRole("row")).toHaveCount(2);
  await expect(log).toContainText(tenant.adminName);
  await page.screenshot({ path: "test-results/activity-log-filtered.png", fullPage: true });

  // The export downloads exactly what the filters show.
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^activity-${tenant.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const rows = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(rows).toHaveLength(2);
  expect(rows[0]).toBe("Time (UTC),Who,Activity,Action,IP address,Link");
  const archivedId = (await e2eDb().learner.findFirstOrThrow({ where: { organisationId: tenant.organisationId, emailKey: "person01@example.com" } })).id;
  expect(rows[1]).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z,${tenant.adminName},Archived 1 user\\.,learners\\.archived,[^,]*,http://localhost:\\d+/users/${archivedId}$`));

  // Dates: a range that starts tomorrow has nothing; a backwards range is refused with a sentence.
  const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  await page.getByLabel("From").fill(tomorrow);
  await page.getByRole("button", { name: "Apply dates" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${tomorrow}`));
  await expect(page.getByText("No activity matches these filters")).toBeVisible();
  await page.getByLabel("To").fill("2020-01-01");
  await expect(page.getByRole("alert").filter({ hasText: "The “To” date is before the “From” date." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Apply dates" })).toBeDisabled();
  await page.getByRole("button", { name: "Clear filters" }).first().click();
  await expect(page).toHaveURL(/\/settings\/activity$/);
  await expect(page.getByText("Showing 1–4 of 4")).toBeVisible();
  await expect(page.getByLabel("From")).toHaveValue("");

  // The entry links to the user, whose page names who archived them.
  await log.getByRole("row").nth(2).getByRole("link", { name: "View user" }).click();
  await expect(page).toHaveURL(new RegExp(`/users/${archivedId}$`));
  const changes = page.getByRole("table", { name: "Changes to this user" });
  await expect(changes).toContainText(tenant.adminName);
  await expect(changes).toContainText("Archived 1 user.");
  await page.screenshot({ path: "test-results/activity-user-page.png", fullPage: true });
});

test("[SETTINGS][ACTIVITY]: an organisation's log never shows another's entries, and pages past 25", async ({ page }) => {
  const [tenant, other] = [await createTenant(), await createTenant()];
  const start = Date.now() - 60 * 60 * 1000;
  await e2eDb().auditLog.createMany({
    data: Array.from({ length: 30 }, (_, i) => ({ organisationId: tenant.organisationId, action: "groups.changed", detail: { change: "created", groupId: `g${i}`, name: `Team ${String(i).padStart(2, "0")}` }, createdAt: new Date(start + i * 1000) })),
  });
  await e2eDb().auditLog.create({ data: { organisationId: other.organisationId, action: "groups.changed", detail: { change: "created", name: "Other org's group" } } });
  await logIn(page, tenant, "/settings/activity?pageSize=25");
  const log = page.getByRole("table", { name: "Activity" });
  await expect(page.getByText("Showing 1–25 of 31")).toBeVisible(); // 30 + this sign-in
  await page.getByRole("button", { name: "Next page" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText("Showing 26–31 of 31")).toBeVisible();
  await expect(log).toContainText("Created the group ‘Team 00’.");
  await expect(log).not.toContainText("Other org's group");
});
