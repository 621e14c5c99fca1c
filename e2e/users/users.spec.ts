import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { e2eDb } from "../support/db";
import { seedLearners } from "../support/learners";
import { createTenant, logIn } from "../support/tenant";

test("[USERS]: admin pages, searches and sorts the directory, and the URL keeps the state", async ({ page }) => {
  const tenant = await createTenant();
  await seedLearners(tenant.organisationId, 30);
  await logIn(page, tenant, "/users");

  await expect(page.getByText("Showing 1–25 of 30")).toBeVisible();
  // Default sort is by last name: Last00 belongs to person29.
  await expect(page.getByRole("row").nth(1)).toContainText("person29@example.com");
  await page.getByRole("button", { name: "Next page" }).click();
  await expect(page.getByText("Showing 26–30 of 30")).toBeVisible();
  await expect(page).toHaveURL(/page=2/);

  await page.getByRole("button", { name: /^Email/ }).click();
  await expect(page.getByRole("row").nth(1)).toContainText("person00@example.com");

  await page.getByRole("searchbox", { name: "Search users" }).fill("person07");
  await expect(page.getByText("Showing 1–1 of 1")).toBeVisible();
  await expect(page).toHaveURL(/q=person07/);
  await page.reload();
  await expect(page.getByRole("searchbox", { name: "Search users" })).toHaveValue("person07");
  await expect(page.getByRole("row")).toHaveCount(2);
});

test("[USERS]: admin archives a user and unarchives them again", async ({ page }) => {
  const tenant = await createTenant();
  await seedLearners(tenant.organisationId, 3);
  await logIn(page, tenant, "/users");

  await page.getByRole("checkbox", { name: "Select First01 Last01" }).check();
  await page.getByRole("region", { name: "Selected users" }).getByRole("button", { name: "Archive", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("cell", { name: "person01@example.com" })).toBeHidden();
  await expect.poll(async () => (await e2eDb().learner.findFirstOrThrow({ where: { organisationId: tenant.organisationId, emailKey: "person01@example.com" } })).active).toBe(false);

  await page.getByRole("group", { name: "Show users" }).getByRole("button", { name: /Archived/ }).click();
  await page.getByRole("checkbox", { name: "Select First01 Last01" }).check();
  await page.getByRole("region", { name: "Selected users" }).getByRole("button", { name: "Unarchive" }).click();
  await page.getByRole("alertdialog").getByLabel("Send a welcome email").uncheck();
  await page.getByRole("alertdialog").getByRole("button", { name: "Unarchive" }).click();
  await expect(page.getByText("Unarchived 1 user; they're active again.")).toBeVisible();
  await expect.poll(async () => (await e2eDb().learner.findFirstOrThrow({ where: { organisationId: tenant.organisationId, emailKey: "person01@example.com" } })).active).toBe(true);
});

test("[USERS][EXPORT]: export → edit one cell → re-import updates exactly one user", async ({ page }) => {
  const tenant = await createTenant();
  await seedLearners(tenant.organisationId, 5, (i) => ({ cf_department: i % 2 ? "Sales" : "=SUM(A1)", cf_employee_id: `00${i}` }));
  await logIn(page, tenant, "/users");

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const exported = await readFile((await (await downloadPromise).path())!, "utf8");
  expect(exported.startsWith("\uFEFFEmail,First Name,Last Name,Active,Department,Job Title,Employee ID,Groups\r\n")).toBe(true);
  // Formula-looking values are neutralised in the file…
  expect(exported).toContain("'=SUM(A1)");
  const edited = exported.replace("person03@example.com,First03,Last01,1,Sales", "person03@example.com,First03,Last01,1,Marketing");
  expect(edited).not.toBe(exported);

  await page.goto("/users/import");
  await page.locator("input[type=file]").setInputFiles({ name: "users-export.csv", mimeType: "text/csv", buffer: Buffer.from(edited, "utf8") });
  await page.getByLabel("Send welcome emails to new users").uncheck();
  await page.getByRole("button", { name: "Import Users" }).click();
  await page.getByRole("button", { name: "Continue to review" }).click();
  await expect(page.getByRole("heading", { name: "Review changes" })).toBeVisible();
  await page.getByRole("link", { name: "Updated" }).click();
  await expect(page.getByRole("cell", { name: "person03@example.com" })).toBeVisible();
  await expect(page.getByRole("row")).toHaveCount(2);
  await page.getByRole("button", { name: "Import 1 user" }).click();

  await expect(page.getByText("Completed")).toBeVisible();
  const learners = await e2eDb().learner.findMany({ where: { organisationId: tenant.organisationId }, orderBy: { emailKey: "asc" } });
  // …and restored on re-import: nothing but the edited cell changed.
  expect(learners.map((l) => (l.customFields as Record<string, string>).cf_department)).toEqual(["=SUM(A1)", "Sales", "=SUM(A1)", "Marketing", "=SUM(A1)"]);
});
