import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { e2eDb } from "../support/db";
import { createTenant, logIn } from "../support/tenant";

test("[IMPORT][TEMPLATE]: the template has the organisation's headers and an example row", async ({ page }) => {
  const tenant = await createTenant({ customFields: ["Department", "Job Title", "Employee ID"] });
  await logIn(page, tenant, "/users/import");
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV Template" }).click();
  const download = await downloadPromise;
  const text = await readFile((await download.path())!, "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, example] = text.slice(1).split("\r\n");
  expect(header).toBe("Email,First Name,Last Name,Active,Department,Job Title,Employee ID,Groups");
  expect(example).toMatch(/^john\.smith@example\.com,John,Smith,1,.*,Fire wardens; London office$/);
});

test("[IMPORT][TEXTBOX]: admin pastes two users, reviews and imports them", async ({ page }) => {
  const tenant = await createTenant();
  await logIn(page, tenant, "/users/import");
  await page.getByLabel("Users to add, one per line").fill("ada@example.com, Ada, Lovelace\ngrace@example.com\tGrace\tHopper");
  await page.getByLabel("Send welcome emails to new users").uncheck();
  await page.getByRole("button", { name: "Import Users" }).click();

  await expect(page.getByRole("heading", { name: "Review changes" })).toBeVisible();
  await expect(page.getByRole("definition").first()).toHaveText("2");
  await expect(page.getByRole("cell", { name: "grace@example.com" })).toBeVisible();
  await page.getByRole("button", { name: "Import 2 users" }).click();

  await expect(page).toHaveURL(/\/imports\//);
  await expect(page.getByText("Completed")).toBeVisible();
  const learners = await e2eDb().learner.findMany({ where: { organisationId: tenant.organisationId }, orderBy: { emailKey: "asc" } });
  expect(learners.map((l) => [l.email, l.firstName, l.lastName, l.active])).toEqual([
    ["ada@example.com", "Ada", "Lovelace", true],
    ["grace@example.com", "Grace", "Hopper", true],
  ]);

  await page.getByRole("button", { name: "Undo import" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Undo import" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 created users removed" })).toBeVisible();
  expect(await e2eDb().learner.count({ where: { organisationId: tenant.organisationId } })).toBe(0);
});
