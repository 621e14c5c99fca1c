import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { e2eDb } from "../support/db";
import { seedLearners } from "../support/learners";
import { createTenant, logIn } from "../support/tenant";

const shots = "/tmp/shots-erasure";
mkdirSync(shots, { recursive: true });

test("[USERS][ERASE]: admin erases one person from their page and two from the directory; the activity log says how many, not who", async ({ page }) => {
  const tenant = await createTenant();
  await seedLearners(tenant.organisationId, 4);
  const db = e2eDb();
  const exists = (email: string) => db.learner.count({ where: { organisationId: tenant.organisationId, emailKey: email } });
  const first = await db.learner.findFirstOrThrow({ where: { organisationId: tenant.organisationId, emailKey: "person00@example.com" } });

  // One person, from their own page: the button waits for their address.
  await logIn(page, tenant, `/users/${first.id}`);
  await page.getByRole("button", { name: "Erase" }).click();
  const single = page.getByRole("alertdialog");
  await expect(single.getByRole("heading", { name: `Erase First00 Last03 permanently?` })).toBeVisible();
  await expect(single).toContainText("This can't be undone, and undoing an import won't bring them back.");
  const confirmSingle = single.getByRole("button", { name: "Erase permanently" });
  await expect(confirmSingle).toBeDisabled();
  await single.getByLabel("Type person00@example.com to confirm").fill("person01@example.com");
  await expect(confirmSingle).toBeDisabled();
  await single.getByLabel("Type person00@example.com to confirm").fill("Person00@example.com ");
  await expect(confirmSingle).toBeEnabled();
  await page.screenshot({ path: `${shots}/erase-one.png` });
  await confirmSingle.click();
  await expect(page.getByText("Erased 1 person and their personal data.")).toBeVisible();
  await expect(page).toHaveURL(/\/users$/);
  await expect(page.getByRole("cell", { name: "person00@example.com" })).toBeHidden();
  expect(await exists("person00@example.com")).toBe(0);

  // Two from the selection: the phrase names the number.
  await page.getByRole("checkbox", { name: "Select First01 Last02" }).check();
  await page.getByRole("checkbox", { name: "Select First02 Last01" }).check();
  await page.getByRole("region", { name: "Selected users" }).getByRole("button", { name: "Erase" }).click();
  const bulk = page.getByRole("alertdialog");
  await expect(bulk.getByRole("heading", { name: "Erase 2 people permanently?" })).toBeVisible();
  const confirmBulk = bulk.getByRole("button", { name: "Erase 2 people" });
  await bulk.getByLabel("Type erase 2 people to confirm").fill("erase 3 people");
  await expect(confirmBulk).toBeDisabled();
  await bulk.getByLabel("Type erase 2 people to confirm").fill("erase 2 people");
  await page.getByText("Erased 1 person and their personal data.").waitFor({ state: "hidden" });
  await page.screenshot({ path: `${shots}/erase-two.png`, animations: "disabled" });
  await confirmBulk.click();
  await expect(page.getByText("Erased 2 people and their personal data.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "person01@example.com" })).toBeHidden();
  await expect(page.getByRole("cell", { name: "person02@example.com" })).toBeHidden();
  await expect(page.getByRole("cell", { name: "person03@example.com" })).toBeVisible();
  expect([await exists("person01@example.com"), await exists("person02@example.com"), await exists("person03@example.com")]).toEqual([0, 0, 1]);

  // The log: that it happened, by whom and how many; never who.
  await page.goto("/settings/activity");
  const log = page.getByRole("table", { name: "Activity" });
  await expect(log).toContainText("Erased 2 people and their personal data.");
  await expect(log).toContainText("Erased 1 person and their personal data.");
  await expect(log).not.toContainText("person0");
  await expect(log).not.toContainText("First0");
  await page.screenshot({ path: `${shots}/activity.png`, fullPage: true });
});

test("[USERS][ERASE][UNDO]: undoing an import after one of its people was erased says they can't come back, and skips them", async ({ page }) => {
  const tenant = await createTenant();
  await seedLearners(tenant.organisationId, 2);
  const db = e2eDb();
  const admin = await db.admin.findUniqueOrThrow({ where: { username: tenant.username } });
  const learners = await db.learner.findMany({ where: { organisationId: tenant.organisationId }, orderBy: { emailKey: "asc" } });
  // The import that created both, as the pipeline leaves it.
  const job = await db.importJob.create({
    data: {
      organisationId: tenant.organisationId,
      adminId: admin.id,
      source: "CSV",
      fileName: "new-starters.csv",
      headers: ["Email", "First Name", "Last Name", "Active"],
      mapping: { 0: "email", 1: "firstName", 2: "lastName", 3: "active" },
      options: { mode: "upsert", sendWelcome: false, blankClears: false },
      status: "COMPLETED",
      totalRows: 2,
      processedRows: 2,
      createdCount: 2,
      queuedAt: new Date(),
      finishedAt: new Date(),
      rows: {
        create: learners.map((learner, i) => ({
          rowNumber: i + 2,
          cells: [learner.email, learner.firstName, learner.lastName, "1"],
          outcome: "CREATED" as const,
          learnerId: learner.id,
          applied: { firstName: learner.firstName, lastName: learner.lastName, active: true, customFields: {} },
        })),
      },
    },
  });

  const erased = learners[1]!;
  await logIn(page, tenant, `/users/${erased.id}`);
  await page.getByRole("button", { name: "Erase" }).click();
  await page.getByRole("alertdialog").getByLabel(`Type ${erased.email} to confirm`).fill(erased.email);
  await page.getByRole("alertdialog").getByRole("button", { name: "Erase permanently" }).click();
  await expect(page).toHaveURL(/\/users$/);

  await page.goto(`/imports/${job.id}`);
  await page.getByRole("button", { name: "Undo import" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("1 person it touched has since been erased on request. Undo skips them: an erased person can't be brought back.");
  await page.screenshot({ path: `${shots}/undo-after-erasure.png`, animations: "disabled" });
  await dialog.getByRole("button", { name: "Undo import" }).click();
  const summary = page.getByRole("status").filter({ hasText: "created users removed" });
  await expect(summary).toContainText("1 created users removed");
  await expect(summary).toContainText("1 person had been erased on request since, so they were skipped: erasure can't be undone.");
  expect(await db.learner.count({ where: { organisationId: tenant.organisationId } })).toBe(0);
  await page.screenshot({ path: `${shots}/undone-after-erasure.png`, fullPage: true });
});
