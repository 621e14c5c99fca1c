import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { createTenant, logIn } from "../support/tenant";

const SCIM = "application/scim+json";
const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

test("[SETTINGS][DIRECTORY SYNC]: admin creates a scim token on the page, maps Department to Team, an identity provider provisions a user over HTTP, and the page shows the change and a refused request", async ({ page, baseURL }) => {
  const tenant = await createTenant({ customFields: ["Department", "Team", "Employee ID"] });
  await logIn(page, tenant, "/settings/directory-sync");
  await expect(page.getByRole("heading", { level: 1, name: "Directory sync" })).toBeVisible();
  await expect(page.getByTestId("scim-base-url")).toHaveText(`${baseURL}/scim/v2`);
  await expect(page.getByText("No SCIM token yet")).toBeVisible();
  await expect(page.getByRole("switch", { name: /welcome email/ })).not.toBeChecked();

  // The token: the scope is fixed to scim, nothing to choose.
  await page.getByRole("button", { name: "Create token" }).click();
  const dialog = page.getByRole("dialog", { name: "Create a SCIM token" });
  await expect(dialog.getByRole("checkbox")).toHaveCount(0);
  await dialog.getByLabel("Name").fill("Entra ID provisioning");
  await dialog.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByRole("dialog", { name: "Copy your new token" });
  await expect(shown).toContainText("Secret Token");
  const secret = (await shown.getByTestId("token-secret").textContent())!.trim();
  await shown.getByRole("button", { name: "Done" }).click();
  const tokenRow = page.getByRole("row", { name: /Entra ID provisioning/ });
  await expect(tokenRow).toContainText("scim");
  await expect(tokenRow).toContainText("Active");

  // The mapping: Department's default is the Department field; send it to Team instead.
  const mapping = page.getByRole("form", { name: "Attribute mapping" });
  await expect(mapping.getByRole("combobox", { name: "Department" })).toHaveText("Department");
  await mapping.getByRole("combobox", { name: "Department" }).click();
  await page.getByRole("option", { name: "Team" }).click();
  await mapping.getByRole("button", { name: "Save mapping" }).click();
  await expect(page.getByText(/^Saved\./)).toBeVisible();

  const scim = (path: string, init: { method?: string; body?: unknown } = {}) =>
    fetch(`${baseURL}/scim/v2${path}`, {
      method: init.method ?? "GET",
      headers: { authorization: `Bearer ${secret}`, ...(init.body ? { "content-type": SCIM } : {}) },
      body: init.body ? JSON.stringify(init.body) : undefined,
    });
  const userName = `noor.haddad.${tenant.slug}@contoso.test`;
  const created = await scim("/Users", {
    method: "POST",
    body: {
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE],
      userName,
      active: true,
      name: { givenName: "Noor", familyName: "Haddad" },
      emails: [{ primary: true, type: "work", value: userName }],
      [ENTERPRISE]: { department: "Cardiology" },
    },
  });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  // The same userName again: a conflict the page must show. A lookup of a missing id is a probe, not an error.
  expect((await scim("/Users", { method: "POST", body: { userName, emails: [{ value: userName, primary: true }] } })).status).toBe(409);
  expect((await scim("/Users/not-a-user")).status).toBe(404);

  await page.goto(`/users/${id}`);
  await expect(page.getByText("Noor Haddad").first()).toBeVisible();
  await expect(page.getByText("Cardiology").first()).toBeVisible();

  await page.goto("/settings/directory-sync");
  const activity = page.getByRole("table", { name: "Last sync activity" });
  await expect(activity.getByRole("row", { name: /Provisioned/ })).toContainText("Noor Haddad");
  await expect(activity).toContainText("Entra ID provisioning");
  const errors = page.getByRole("table", { name: "Recent errors" });
  await expect(errors.getByRole("row")).toHaveCount(2);
  await expect(errors).toContainText("409");
  await expect(errors).toContainText("uniqueness");
  await expect(errors).toContainText("POST /scim/v2/Users");
  await expect(errors).not.toContainText("not-a-user");
  await expectNoSeriousA11yViolations(page, "directory sync with activity");
  await page.screenshot({ path: "test-results/directory-sync.png", fullPage: true });

  await page.getByRole("switch", { name: /welcome email/ }).click();
  await expect(page.getByText("Users your identity provider creates from now on get a welcome email.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("switch", { name: /welcome email/ })).toBeChecked();
});
