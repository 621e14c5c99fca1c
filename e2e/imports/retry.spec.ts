import { expect, test } from "@playwright/test";
import { e2eDb } from "../support/db";
import { createTenant, logIn } from "../support/tenant";

test("[IMPORT][RETRY]: a failed import is retried from its page and applies only the rows it hadn't", async ({ page }) => {
  const tenant = await createTenant();
  await logIn(page, tenant, "/users/import");
  await page.getByLabel("Users to add, one per line").fill(["ada@example.com, Ada, Lovelace", "grace@example.com, Grace, Hopper", "alan@example.com, Alan, Turing"].join("\n"));
  await page.getByLabel("Send welcome emails to new users").uncheck();
  await page.getByRole("button", { name: "Import Users" }).click();
  await page.getByRole("button", { name: "Import 3 users" }).click();
  await expect(page.getByText("Completed")).toBeVisible();
  const importId = new URL(page.url()).pathname.split("/").pop()!;

  // Rewind it to how an outage outlasting the retries leaves it: the first row applied, the other two not.
  const db = e2eDb();
  const rows = await db.importRow.findMany({ where: { importId }, orderBy: { rowNumber: "asc" } });
  const unapplied = rows.slice(1);
  await db.learner.deleteMany({ where: { id: { in: unapplied.map((r) => r.learnerId!) } } });
  await db.importRow.updateMany({ where: { importId, rowNumber: { in: unapplied.map((r) => r.rowNumber) } }, data: { outcome: "PENDING", learnerId: null } });
  await db.importJob.update({
    where: { id: importId },
    data: { status: "FAILED", error: "The import stopped after several attempts because the database could not be reached.", createdCount: 1, processedRows: 1 },
  });

  await page.reload();
  await expect(page.getByText("Failed").first()).toBeVisible();
  await expect(page.getByText("Not applied")).toHaveCount(2);
  await page.getByRole("button", { name: "Retry import" }).click();
  await expect(page.getByText("Completed")).toBeVisible();
  expect(await db.importJob.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({ status: "COMPLETED", createdCount: 3, failedCount: 0, error: null });
  expect(await db.learner.count({ where: { organisationId: tenant.organisationId } })).toBe(3);
});
