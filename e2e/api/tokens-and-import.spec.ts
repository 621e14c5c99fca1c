import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { createTenant, logIn } from "../support/tenant";

const ACCENTED = [
  ["zoe.lefevre", "Zoé", "Lefèvre"],
  ["jose.nunez", "José", "Núñez"],
  ["bjorn.ostberg", "Björn", "Östberg"],
] as const;

test("[API][TOKENS]: admin creates a token in settings, a plain fetch client imports a CSV with it, and the users appear in the list", async ({ page, baseURL }) => {
  const tenant = await createTenant();
  await logIn(page, tenant, "/settings/api-tokens");
  await expect(page.getByRole("heading", { name: "No API tokens yet" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the empty API tokens page");

  await page.getByRole("button", { name: "Create token" }).click();
  const dialog = page.getByRole("dialog", { name: "Create an API token" });
  await dialog.getByRole("button", { name: "Create token" }).click();
  await expect(dialog.getByText("Give the token a name")).toBeVisible();
  await dialog.getByLabel("Name").fill("HR nightly sync");
  await expect(dialog.getByRole("checkbox", { name: "imports:write" })).toBeChecked();
  await dialog.getByRole("checkbox", { name: "users:read" }).click();
  await expectNoSeriousA11yViolations(page, "the create token dialog");
  await dialog.getByRole("button", { name: "Create token" }).click();

  const shown = page.getByRole("dialog", { name: "Copy your new token" });
  await expect(shown).toContainText("This is the only time “HR nightly sync” is shown");
  const secret = (await shown.getByTestId("token-secret").textContent())!.trim();
  expect(secret).toMatch(/^rc_[A-Za-z0-9_-]{43}$/);
  await shown.getByRole("button", { name: "Done" }).click();

  const row = page.getByRole("row", { name: /HR nightly sync/ });
  await expect(row).toContainText("imports:write");
  await expect(row).not.toContainText("users:read");
  await expect(row).toContainText("Never");
  await expect(row).toContainText(secret.slice(0, 9));
  await expect(page.getByText(secret)).toHaveCount(0);

  // A script, with nothing but fetch and the token.
  const api = (path: string, init: RequestInit = {}) => fetch(`${baseURL}${path}`, { ...init, headers: { authorization: `Bearer ${secret}`, ...init.headers } });
  const csv = ["Email,First Name,Last Name,Active,Department", ...ACCENTED.map(([local, first, last]) => `${local}.${tenant.slug}@example.com,${first},${last},1,Nursing`)].join("\r\n");
  const accepted = await api("/api/v1/imports?fileName=hr-export.csv", { method: "POST", headers: { "content-type": "text/csv", "idempotency-key": `e2e-${tenant.slug}` }, body: csv });
  expect(accepted.status).toBe(202);
  const { statusUrl, summary } = (await accepted.json()) as { statusUrl: string; summary: { create: number } };
  expect(summary.create).toBe(3);
  await expect
    .poll(async () => ((await (await api(statusUrl)).json()) as { status: string }).status, { timeout: 30_000 })
    .toBe("completed");
  const job = (await (await api(statusUrl)).json()) as { counts: { created: number } };
  expect(job.counts.created).toBe(3);
  // The token lacks users:read: listing is refused with a sentence.
  const refused = await api("/api/v1/users");
  expect(refused.status).toBe(403);
  expect(((await refused.json()) as { detail: string }).detail).toContain("needs the users:read scope");

  await page.goto("/users");
  for (const [, first, last] of ACCENTED) await expect(page.getByRole("row", { name: new RegExp(`${first} ${last}`) })).toBeVisible();
  await page.goto("/settings/api-tokens");
  await expect(page.getByRole("row", { name: /HR nightly sync/ })).not.toContainText("Never");

  // Revoked: the script's next request is refused.
  await page.getByRole("button", { name: "Revoke HR nightly sync" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByRole("row", { name: /HR nightly sync/ })).toContainText("Revoked");
  const afterRevoke = await api(statusUrl);
  expect(afterRevoke.status).toBe(401);
  expect(((await afterRevoke.json()) as { code: string }).code).toBe("token_revoked");
});

test("[API][REFERENCE]: the API reference lists every operation from the OpenAPI document", async ({ page, request }) => {
  const tenant = await createTenant();
  await logIn(page, tenant, "/settings/api-reference");
  const document = (await (await request.get("/api/v1/openapi.json")).json()) as { paths: Record<string, Record<string, { summary: string }>> };
  const operations = Object.entries(document.paths).flatMap(([path, item]) => Object.values(item).map((op) => ({ path, summary: op.summary })));
  expect(operations.length).toBeGreaterThanOrEqual(7);
  for (const { summary } of operations) await expect(page.getByRole("navigation", { name: "Operations" }).getByRole("link", { name: summary })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Schemas" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the API reference");
});
