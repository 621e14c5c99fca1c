import { expect, type Page, test } from "@playwright/test";
import { createScimToken } from "../support/scim-token";
import { createTenant, logIn } from "../support/tenant";

const SCIM = "application/scim+json";
const GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

/** With E2E_SCREENSHOTS=<folder>, each step the test passes through is saved there to look at. */
async function shot(page: Page, name: string) {
  const folder = process.env.E2E_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true, animations: "disabled" });
}

test("[SCIM][GROUPS]: an identity provider provisions a group, gives it members, renames and deletes it over HTTP, and the Groups page follows", async ({ page, baseURL }) => {
  const tenant = await createTenant();
  await logIn(page, tenant, "/dashboard");
  const secret = await createScimToken(page, "Okta provisioning");
  const scim = async (path: string, init: { method?: string; body?: unknown } = {}) =>
    fetch(`${baseURL}/scim/v2${path}`, {
      method: init.method ?? "GET",
      headers: { authorization: `Bearer ${secret}`, ...(init.body ? { "content-type": SCIM } : {}) },
      body: init.body ? JSON.stringify(init.body) : undefined,
    });
  const provision = async (givenName: string, familyName: string) => {
    const userName = `${givenName.toLowerCase()}.${tenant.slug}@contoso.test`;
    const response = await scim("/Users", { method: "POST", body: { userName, name: { givenName, familyName }, emails: [{ primary: true, type: "work", value: userName }] } });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  const [noor, omar] = [await provision("Noor", "Haddad"), await provision("Omar", "Idris")];

  const created = await scim("/Groups", { method: "POST", body: { schemas: [GROUP], displayName: "Night shift", members: [{ value: noor }] } });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await page.goto("/groups");
  // Name, description, members, actions.
  await expect(page.getByRole("row", { name: /Night shift/ }).getByRole("cell").nth(2)).toHaveText("1");

  const patch = (Operations: unknown[]) => scim(`/Groups/${id}`, { method: "PATCH", body: { schemas: [PATCH_OP], Operations } });
  expect((await patch([{ op: "add", path: "members", value: [{ value: omar }] }])).status).toBe(200);
  expect((await patch([{ op: "replace", value: { id, displayName: "Night shift (ICU)" } }])).status).toBe(200);
  await page.goto("/groups");
  const row = page.getByRole("row", { name: /Night shift \(ICU\)/ });
  await expect(row.getByRole("cell").nth(2)).toHaveText("2");
  await shot(page, "scim-groups-01-groups-page");
  await row.getByRole("link", { name: "Night shift (ICU)" }).click();
  await expect(page.getByRole("row", { name: /Noor Haddad/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /Omar Idris/ })).toBeVisible();

  expect((await patch([{ op: "remove", path: `members[value eq "${noor}"]` }])).status).toBe(200);
  await page.goto(`/users/${noor}`);
  const history = page.getByRole("table", { name: "Imports and directory sync changes that included this user" });
  await expect(history.getByRole("row", { name: /Removed from Night shift \(ICU\)/ })).toContainText("Okta provisioning");
  await expect(history.getByRole("row", { name: /Added to Night shift/ }).first()).toContainText("Directory sync");
  await shot(page, "scim-groups-02-user-history");

  expect((await scim(`/Groups/${id}`, { method: "DELETE" })).status).toBe(204);
  expect((await scim(`/Groups/${id}`)).status).toBe(404);
  await page.goto("/groups");
  await expect(page.getByRole("row", { name: /Night shift/ })).toHaveCount(0);
  // The members stay in Rollcall.
  await page.goto(`/users/${omar}`);
  await expect(page.getByRole("heading", { name: "Omar Idris" })).toBeVisible();
});
