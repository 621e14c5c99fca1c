import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { e2eDb } from "../support/db";
import { createTenant, logIn } from "../support/tenant";

function csvFile(name: string, text: string) {
  return { name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") };
}

/** Opens Add/Update Users, downloads the CSV template and returns its header line. */
async function templateHeader(page: Page) {
  await page.goto("/users/import");
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV Template" }).click();
  const text = await readFile((await (await downloadPromise).path())!, "utf8");
  return text.replace(/^\uFEFF/, "").split("\r\n")[0];
}

/** Uploads a one-user CSV with these headers and waits for the mapping step. */
async function uploadForMapping(page: Page, headers: string[], values: string[]) {
  await page.goto("/users/import");
  await page.locator("input[type=file]").setInputFiles(csvFile("staff.csv", `${headers.join(",")}\r\n${values.join(",")}\r\n`));
  await page.getByRole("button", { name: "Import Users" }).click();
  await expect(page.getByRole("heading", { name: "Map fields" })).toBeVisible();
}

test("[SETTINGS][FIELDS]: admin adds “Cost Centre” and it joins the CSV template and the mapping", async ({ page }) => {
  const tenant = await createTenant({ customFields: ["Department", "Job Title", "Employee ID"] });
  await logIn(page, tenant, "/settings/fields");
  await expect(page.getByRole("heading", { name: "Profile fields" })).toBeVisible();
  // Built-in fields are listed, locked: no switch, no edit.
  await expect(page.getByRole("row", { name: /Email/ })).toContainText("Required");
  await expect(page.getByRole("switch", { name: "Enable Email" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Edit Email" })).toHaveCount(0);

  await page.getByRole("button", { name: "Add field" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a profile field" });
  await dialog.getByLabel("Label", { exact: true }).fill("Cost Centre");
  await dialog.getByRole("button", { name: "Add field" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("cell", { name: "Cost Centre", exact: true })).toBeVisible();
  await expect(page.getByRole("switch", { name: "Enable Cost Centre" })).toBeChecked();

  expect(await templateHeader(page)).toBe("Email,First Name,Last Name,Active,Department,Job Title,Employee ID,Cost Centre,Groups");

  await uploadForMapping(page, ["Email", "First Name", "Last Name", "Active", "Cost Centre"], ["ann@example.com", "Ann", "Lee", "1", "CC-104"]);
  const column = page.getByRole("combobox", { name: "Cost Centre" });
  await expect(column).toHaveText("Cost Centre");
  await column.click();
  await expect(page.getByRole("option", { name: "Cost Centre" })).toBeVisible();
});

test("[SETTINGS][FIELDS]: disabling a field takes it out of the CSV template and the mapping", async ({ page }) => {
  const tenant = await createTenant({ customFields: ["Department", "Cost Centre"] });
  await logIn(page, tenant, "/settings/fields");
  const toggle = page.getByRole("switch", { name: "Enable Cost Centre" });
  await expect(toggle).toBeChecked();
  await toggle.click();
  await expect(page.getByText("Disabled “Cost Centre”.")).toBeVisible();
  await expect(toggle).not.toBeChecked();
  await expect
    .poll(async () => (await e2eDb().profileField.findFirstOrThrow({ where: { organisationId: tenant.organisationId, label: "Cost Centre" } })).enabled)
    .toBe(false);

  expect(await templateHeader(page)).toBe("Email,First Name,Last Name,Active,Department,Groups");

  await uploadForMapping(page, ["Email", "First Name", "Last Name", "Active", "Cost Centre"], ["ann@example.com", "Ann", "Lee", "1", "CC-104"]);
  const column = page.getByRole("combobox", { name: "Cost Centre" });
  await expect(column).toHaveText("Don't import");
  await column.click();
  await expect(page.getByRole("option", { name: "Department" })).toBeVisible();
  await expect(page.getByRole("option", { name: "Cost Centre" })).toHaveCount(0);
});

test("[SETTINGS][FIELDS]: admin renames and reorders fields; a label already in use is refused", async ({ page }) => {
  const tenant = await createTenant({ customFields: ["Department", "Job Title", "Employee ID"] });
  await logIn(page, tenant, "/settings/fields");

  await page.getByRole("button", { name: "Edit Job Title" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit “Job Title”" });
  const label = dialog.getByLabel("Label", { exact: true });
  await label.fill("department");
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog.getByText("A field called “Department” already exists.")).toBeVisible();
  await label.fill("Role");
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("cell", { name: "Role", exact: true })).toBeVisible();

  // Role is second of three; moving Employee ID above it makes Role last.
  await expect(page.getByRole("button", { name: "Move Role down" })).toBeEnabled();
  await page.getByRole("button", { name: "Move Employee ID up" }).click();
  await expect(page.getByRole("button", { name: "Move Role down" })).toBeDisabled();

  expect(await templateHeader(page)).toBe("Email,First Name,Last Name,Active,Department,Employee ID,Role,Groups");
  const role = await e2eDb().profileField.findFirstOrThrow({ where: { organisationId: tenant.organisationId, label: "Role" } });
  expect(role.key).toBe("cf_job_title");
});
