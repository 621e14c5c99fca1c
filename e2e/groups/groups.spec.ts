import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { e2eDb } from "../support/db";
import { seedLearners } from "../support/learners";
import { createTenant, logIn } from "../support/tenant";
import { openDialog } from "../support/open-dialog";

/** With E2E_SCREENSHOTS=<folder>, each step the tests pass through is saved there to look at. */
async function shot(page: Page, name: string) {
  const folder = process.env.E2E_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true, animations: "disabled" });
}

function csvFile(name: string, text: string) {
  return { name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") };
}

async function upload(page: Page, file: ReturnType<typeof csvFile>) {
  await page.goto("/users/import");
  await page.locator("input[type=file]").setInputFiles(file);
  await page.getByLabel("Send welcome emails to new users").uncheck();
  await page.getByRole("button", { name: "Import Users" }).click();
  await expect(page.getByRole("heading", { name: "Map fields" })).toBeVisible();
}

test("[GROUPS][IMPORT]: a CSV with groups → the review lists the new groups → import → filter the directory by a group → export and re-import changes nothing", async ({ page }) => {
  test.setTimeout(120_000);
  const tenant = await createTenant();
  await logIn(page, tenant, "/users/import");
  const csv = [
    "Email,First Name,Last Name,Active,Groups",
    "ann@example.com,Ann,Lee,1,Fire wardens; London office",
    "bob@example.com,Bob,Stone,1,london OFFICE",
    "cy@example.com,Cy,Young,1,",
  ].join("\r\n");
  await upload(page, csvFile("staff.csv", csv));
  // The Groups column is matched like any field.
  await expect(page.getByRole("combobox", { name: "Groups" })).toHaveText("Groups");
  await shot(page, "01-map-fields");
  await page.getByRole("button", { name: "Continue to review" }).click();

  await expect(page.getByRole("heading", { name: "Review changes" })).toBeVisible();
  const notice = page.getByRole("status").filter({ hasText: "2 new groups will be created" });
  await expect(notice).toContainText("“Fire wardens” and “London office”");
  await expect(page.getByRole("row").filter({ hasText: "ann@example.com" })).toContainText("Groups:Fire wardens; London office");
  await expect(page.getByLabel("Only add to these groups")).not.toBeChecked();
  await expect(page.getByLabel("Create the 2 new groups")).toBeChecked();
  await shot(page, "02-review-new-groups");
  await expectNoSeriousA11yViolations(page, "review with new groups");

  // Refusing the new groups sends their rows to errors; creating them brings the rows back.
  await page.getByLabel("Send those rows to errors").check();
  await expect(page.getByText("2 groups in the file don't exist yet")).toBeVisible();
  await expect(page.getByRole("button", { name: "Import 1 user" })).toBeVisible();
  await page.getByLabel("Create the 2 new groups").check();
  await page.getByRole("button", { name: "Import 3 users" }).click();

  await expect(page).toHaveURL(/\/imports\//);
  await expect(page.getByText("Completed")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "ann@example.com" })).toContainText("Added to Fire wardens, London office");
  await shot(page, "03-import-results");

  await page.goto("/users");
  await expect(page.getByRole("row").filter({ hasText: "bob@example.com" })).toContainText("London office");
  await page.getByRole("combobox", { name: "Filter by group" }).click();
  await page.getByRole("option", { name: "Fire wardens" }).click();
  await expect(page).toHaveURL(/[?&]group=/);
  await expect(page.getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("row").filter({ hasText: "ann@example.com" })).toBeVisible();
  await shot(page, "04-users-filtered-by-group");
  await expectNoSeriousA11yViolations(page, "users filtered by group");

  await page.getByRole("combobox", { name: "Filter by group" }).click();
  await page.getByRole("option", { name: "All groups" }).click();
  await expect(page.getByRole("row")).toHaveCount(4);
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const exported = await readFile((await (await downloadPromise).path())!, "utf8");
  expect(exported).toContain("\r\nann@example.com,Ann,Lee,1,,,,Fire wardens; London office\r\n");

  await upload(page, csvFile("users-export.csv", exported));
  await page.getByRole("button", { name: "Continue to review" }).click();
  await expect(page.getByRole("heading", { name: "Review changes" })).toBeVisible();
  await expect(page.getByText("Nothing to import: every row is unchanged, skipped or has an error.")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "new group" })).toHaveCount(0);
});

test("[GROUPS][PAGES]: create a group, add users from the directory, open it, edit a user's groups, rename and delete it", async ({ page }) => {
  test.setTimeout(120_000);
  const tenant = await createTenant();
  await seedLearners(tenant.organisationId, 3);
  await logIn(page, tenant, "/groups");
  await expect(page.getByRole("heading", { name: "No groups yet" })).toBeVisible();
  await shot(page, "05-groups-empty");
  await expectNoSeriousA11yViolations(page, "groups, empty");

  await page.getByRole("button", { name: "New group" }).click();
  await page.getByRole("dialog").getByLabel("Name").fill("Fire wardens; Leeds");
  await page.getByRole("button", { name: "Create group" }).click();
  await expect(page.getByText("Leave out “;”")).toBeVisible();
  await page.getByRole("dialog").getByLabel("Name").fill("Fire wardens");
  await page.getByRole("dialog").getByLabel(/Description/).fill("Trained to lead an evacuation");
  await page.getByRole("button", { name: "Create group" }).click();
  await expect(page.getByRole("link", { name: "Fire wardens" })).toBeVisible();
  await page.getByRole("button", { name: "New group" }).click();
  await page.getByRole("dialog").getByLabel("Name").fill("  fire WARDENS ");
  await page.getByRole("button", { name: "Create group" }).click();
  await expect(page.getByRole("dialog").getByText("A group called “Fire wardens” already exists.")).toBeVisible();
  await page.keyboard.press("Escape");

  await page.goto("/users");
  await page.getByRole("checkbox", { name: "Select all users on this page" }).check();
  await page.getByRole("button", { name: "Add to group" }).click();
  await page.getByRole("dialog").getByRole("combobox", { name: "Group" }).click();
  await page.getByRole("option", { name: "Fire wardens" }).click();
  // The list closes with an animation; checked half-closed, axe saw it under the dialog.
  await expect(page.getByRole("listbox")).toHaveCount(0);
  await shot(page, "06-add-to-group-dialog");
  await expectNoSeriousA11yViolations(page, "add to group dialog");
  await page.getByRole("button", { name: "Add to Fire wardens" }).click();
  await expect(page.getByText("Added 3 users to “Fire wardens”.")).toBeVisible();

  await page.goto("/groups");
  await expect(page.getByRole("row").filter({ hasText: "Fire wardens" })).toContainText("3");
  await shot(page, "07-groups-list");
  await expectNoSeriousA11yViolations(page, "groups list");
  await page.getByRole("link", { name: "Fire wardens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fire wardens" })).toBeVisible();
  await expect(page.getByRole("row")).toHaveCount(4);
  await page.getByLabel("Search users").fill("person01");
  await expect(page).toHaveURL(/\/groups\/[^?]+\?q=person01/);
  await expect(page.getByRole("row")).toHaveCount(2);
  await shot(page, "08-group-members");
  await expectNoSeriousA11yViolations(page, "group page");

  await page.getByRole("link", { name: "First01 Last01" }).click();
  await expect(page.getByRole("list", { name: "Groups" })).toContainText("Fire wardens");
  await page.getByRole("button", { name: "Edit groups" }).click();
  await page.getByRole("dialog").getByLabel("Fire wardens").uncheck();
  await shot(page, "09-user-edit-groups");
  await expectNoSeriousA11yViolations(page, "edit a user's groups");
  await page.getByRole("button", { name: "Save groups" }).click();
  await expect(page.getByText("Not in any group.")).toBeVisible();
  await shot(page, "10-user-page");

  await page.goto("/groups");
  await page.getByRole("link", { name: "Fire wardens" }).click();
  await openDialog(page, page.getByRole("button", { name: "Edit Fire wardens" }));
  await page.getByRole("dialog").getByLabel("Name").fill("Fire marshals");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fire marshals" })).toBeVisible();
  await page.getByRole("button", { name: "Delete Fire marshals" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("2 users will no longer be in this group. Nobody is deleted or archived");
  await page.getByRole("button", { name: "Delete group" }).click();
  await expect(page).toHaveURL(/\/groups$/);
  await expect(page.getByRole("heading", { name: "No groups yet" })).toBeVisible();
  expect(await e2eDb().learner.count({ where: { organisationId: tenant.organisationId } })).toBe(3);
});
