import { expect, test } from "@playwright/test";
import { e2eDb } from "../support/db";
import { createTenant, logIn } from "../support/tenant";

function csvFile(name: string, text: string) {
  return { name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") };
}

test("[IMPORT][CSV]: upload → map a column by hand → fix an invalid row → confirm", async ({ page }) => {
  const tenant = await createTenant();
  await logIn(page, tenant, "/users/import");
  const csv = ["E-mail,First_name,Last_Name,Status,Dept code", "ann@example.com,Ann,Lee,1,S1", "bob@,Bob,Stone,yes,S2", "cy@example.com,Cy,Young,0,S3"].join("\r\n");
  await page.locator("input[type=file]").setInputFiles(csvFile("staff.csv", csv));
  await page.getByRole("button", { name: "Import Users" }).click();

  await expect(page.getByRole("heading", { name: "Map fields" })).toBeVisible();
  // "Dept code" is not recognised: map it to Department by hand.
  await page.getByRole("combobox", { name: "Dept code" }).click();
  await page.getByRole("option", { name: "Department" }).click();
  await page.getByRole("button", { name: "Continue to review" }).click();

  await expect(page.getByRole("heading", { name: "Review changes" })).toBeVisible();
  await expect(page.getByText("Row 3: 'bob@' is not an email address.")).toBeVisible();
  await page.getByRole("button", { name: "Fix row 3" }).click();
  await page.getByRole("dialog").getByLabel(/^Email/).fill("bob@example.com");
  await page.getByRole("button", { name: "Save and recheck" }).click();
  await expect(page.getByText("Row 3: 'bob@' is not an email address.")).toBeHidden();
  await expect(page.getByRole("button", { name: "Import 3 users" })).toBeVisible();
  await page.getByLabel("Send welcome emails to new users").uncheck();
  await page.getByRole("button", { name: "Import 3 users" }).click();

  await expect(page).toHaveURL(/\/imports\//);
  await expect(page.getByText("Completed")).toBeVisible();
  const bob = await e2eDb().learner.findFirstOrThrow({ where: { organisationId: tenant.organisationId, emailKey: "bob@example.com" } });
  expect(bob).toMatchObject({ firstName: "Bob", lastName: "Stone", active: true, customFields: { cf_department: "S2" } });
  const cy = await e2eDb().learner.findFirstOrThrow({ where: { organisationId: tenant.organisationId, emailKey: "cy@example.com" } });
  expect(cy.active).toBe(false);
});

test("[IMPORT][CSV]: an Excel workbook renamed to .csv is refused with how to save as CSV", async ({ page }) => {
  const tenant = await createTenant();
  await logIn(page, tenant, "/users/import");
  const zipHeader = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, ...Buffer.from("[Content_Types].xml")]);
  await page.locator("input[type=file]").setInputFiles({ name: "staff.csv", mimeType: "text/csv", buffer: zipHeader });
  await page.getByRole("button", { name: "Import Users" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This is an Excel workbook, not a CSV file" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Save As" })).toBeVisible();
});

test("[IMPORT][CSV]: a file without an Active column names what is missing", async ({ page }) => {
  const tenant = await createTenant();
  await logIn(page, tenant, "/users/import");
  await page.locator("input[type=file]").setInputFiles(csvFile("no-active.csv", "Email,First Name,Last Name\nann@example.com,Ann,Lee\n"));
  await page.getByRole("button", { name: "Import Users" }).click();
  await expect(page.getByRole("heading", { name: "Map fields" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Still to map: Active" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Continue to review" })).toBeDisabled();
});

test("[IMPORT][MAPPING]: a column named like a disabled profile field offers to enable it, keeping the other choices", async ({ page }) => {
  const tenant = await createTenant({ customFields: ["Department", "Cost Centre"] });
  await e2eDb().profileField.updateMany({ where: { organisationId: tenant.organisationId, label: "Cost Centre" }, data: { enabled: false } });
  await logIn(page, tenant, "/users/import");
  await page.locator("input[type=file]").setInputFiles(csvFile("staff.csv", "Email,First Name,Last Name,Active,Cost Centre,Dept\nann@example.com,Ann,Lee,1,CC1,Sales\n"));
  await page.getByRole("button", { name: "Import Users" }).click();
  await expect(page.getByRole("heading", { name: "Map fields" })).toBeVisible();
  // A choice made before enabling the field must survive it.
  await page.getByRole("combobox", { name: "Dept" }).click();
  await page.getByRole("option", { name: "Department" }).click();
  await expect(page.getByText("“Cost Centre” matches a disabled profile field.")).toBeVisible();
  await expect(page.getByRole("button", { name: /Create a profile field/ })).toHaveCount(0);

  await page.getByRole("button", { name: "Enable “Cost Centre” and import this column" }).click();
  await expect(page.getByRole("combobox", { name: "Cost Centre" })).toHaveText("Cost Centre");
  await expect(page.getByRole("combobox", { name: "Dept" })).toHaveText("Department");
  await page.getByRole("button", { name: "Continue to review" }).click();
  await expect(page.getByRole("heading", { name: "Review changes" })).toBeVisible();
  await page.getByLabel("Send welcome emails to new users").uncheck();
  await page.getByRole("button", { name: "Import 1 user" }).click();
  await expect(page.getByText("Completed")).toBeVisible();
  const ann = await e2eDb().learner.findFirstOrThrow({ where: { organisationId: tenant.organisationId, emailKey: "ann@example.com" } });
  expect(ann.customFields).toEqual({ cf_department: "Sales", cf_cost_centre: "CC1" });
});
