import { expect, test } from "@playwright/test";
import { createScimToken } from "../support/scim-token";
import { createTenant, logIn } from "../support/tenant";

const SCIM = "application/scim+json";

test("[SCIM][USERS]: admin creates a scim token, an identity provider provisions, updates, deactivates and deletes a user over HTTP, and the users list follows", async ({ page, baseURL }) => {
  const tenant = await createTenant();
  await logIn(page, tenant, "/settings/api-tokens");
  const secret = await createScimToken(page, "Entra ID provisioning");

  // What the identity provider does, with nothing but fetch, the base URL and the token.
  const scim = (path: string, init: { method?: string; body?: unknown } = {}) =>
    fetch(`${baseURL}/scim/v2${path}`, {
      method: init.method ?? "GET",
      headers: { authorization: `Bearer ${secret}`, ...(init.body ? { "content-type": SCIM } : {}) },
      body: init.body ? JSON.stringify(init.body) : undefined,
    });
  const userName = `ines.garcia.${tenant.slug}@contoso.test`;
  const lookup = await scim(`/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`);
  expect(lookup.status).toBe(200);
  expect(lookup.headers.get("content-type")).toBe(SCIM);
  expect(((await lookup.json()) as { totalResults: number }).totalResults).toBe(0);

  const created = await scim("/Users", {
    method: "POST",
    body: {
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
      userName,
      externalId: "8c1d2f",
      active: true,
      name: { givenName: "Inés", familyName: "García" },
      emails: [{ primary: true, type: "work", value: userName }],
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": { department: "Nursing" },
    },
  });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect(created.headers.get("location")).toContain(`/scim/v2/Users/${id}`);

  await page.goto("/users");
  const row = page.getByRole("row", { name: /Inés García/ });
  await expect(row).toBeVisible();

  const patch = (Operations: unknown[]) => scim(`/Users/${id}`, { method: "PATCH", body: { schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations } });
  expect((await patch([{ op: "Replace", path: "name.familyName", value: "García López" }])).status).toBe(200);
  expect((await patch([{ op: "Replace", path: "active", value: "False" }])).status).toBe(200);
  await page.goto("/users?status=archived");
  await expect(page.getByRole("row", { name: /Inés García López/ })).toContainText("Archived");

  expect((await scim(`/Users/${id}`, { method: "DELETE" })).status).toBe(204);
  expect((await scim(`/Users/${id}`)).status).toBe(404);
  await page.goto(`/users/${id}`);
  await expect(page.getByText("Directory sync").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "directory sync" })).toBeVisible();
  await expect(page.getByText("Entra ID provisioning").first()).toBeVisible();
  await expect(page.getByText("Nursing").first()).toBeVisible();
});
