import { expect, type Page, test } from "@playwright/test";
import { runImportRetention } from "../../lib/server/retention/run-import-retention";
import { e2eDb } from "../support/db";
import { createTenant, logIn, type Tenant } from "../support/tenant";

const DAY = 24 * 60 * 60 * 1000;
const longDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long" });

/** Two users and a line that isn't one, imported from the textbox: an import with an error report. */
async function importWithAnError(page: Page, tenant: Tenant) {
  await logIn(page, tenant, "/users/import");
  await page.getByLabel("Users to add, one per line").fill("ada@example.com, Ada, Lovelace\ngrace@example.com, Grace, Hopper\nnot-an-email, No, Address");
  await page.getByLabel("Send welcome emails to new users").uncheck();
  await page.getByRole("button", { name: "Import Users" }).click();
  await page.getByRole("button", { name: "Import 2 users" }).click();
  await expect(page).toHaveURL(/\/imports\//);
  await expect(page.getByText("Completed")).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop()!;
}

test("[IMPORT][RETENTION]: a fresh import's page says until when undo and the error report are available", async ({ page }) => {
  const tenant = await createTenant();
  const importId = await importWithAnError(page, tenant);
  const { finishedAt } = await e2eDb().importJob.findUniqueOrThrow({ where: { id: importId } });

  const until = longDate.format(new Date(finishedAt!.getTime() + 90 * DAY));
  await expect(page.getByRole("status").filter({ hasText: "available until" })).toHaveText(
    `Undo and the error report are available until ${until}, then the file's contents are deleted (the counts stay).`,
  );
  await expect(page.getByRole("button", { name: "Undo import" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download error report" })).toBeVisible();
  await page.screenshot({ path: "/tmp/shots-retention/import-kept.png", fullPage: true });
});

test("[IMPORT][RETENTION]: once the period has passed, the page says the contents were deleted and offers no undo or error report", async ({ page }) => {
  const tenant = await createTenant();
  const importId = await importWithAnError(page, tenant);
  const db = e2eDb();
  // Finished 91 days ago: past the default period of 90. Only this tenant's import is moved, so the
  // purge (which covers every organisation) leaves other tests' imports alone.
  await db.importJob.update({ where: { id: importId }, data: { finishedAt: new Date(Date.now() - 91 * DAY) } });
  const counts = await runImportRetention(db);
  expect(counts.find((c) => c.organisationId === tenant.organisationId)).toMatchObject({ imports: 1, rows: 3 });

  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "were deleted" })).toHaveText(
    `The file's contents were deleted on ${longDate.format(new Date())} under your organisation's retention policy; the counts below are kept.`,
  );
  await expect(page.getByRole("button", { name: "Undo import" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Download error report" })).toHaveCount(0);
  // The counts and each row's outcome stay; imported rows still name their user.
  await expect(page.getByRole("cell", { name: "ada@example.com" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "not-an-email" })).toHaveCount(0);
  await expect(page.getByRole("cell", { name: "The reason was deleted with the file's contents." })).toBeVisible();
  await page.screenshot({ path: "/tmp/shots-retention/import-purged.png", fullPage: true });

  // The activity log says what happened, in counts.
  await page.goto("/settings/activity");
  await expect(page.getByText("Deleted the file contents of 1 finished import (3 rows; the counts are kept), under the organisation's retention policy.")).toBeVisible();
  await page.screenshot({ path: "/tmp/shots-retention/activity.png", fullPage: true });
});
