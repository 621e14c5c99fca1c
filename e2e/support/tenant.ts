import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect } from "@playwright/test";
import { createOrganisation } from "../../lib/server/organisations/create-organisation";
import { e2eDb } from "./db";

export interface Tenant {
  organisationId: string;
  slug: string;
  name: string;
  username: string;
  email: string;
  password: string;
  adminName: string;
}

/** Every test gets its own organisation and admin, so tests can run in parallel. */
export async function createTenant(opts: { customFields?: string[] } = {}): Promise<Tenant> {
  const suffix = randomBytes(4).toString("hex");
  const tenant = {
    slug: `org-${suffix}`,
    name: `Acme ${suffix}`,
    username: `admin-${suffix}`,
    email: `admin-${suffix}@acme.test`,
    password: `correct horse ${suffix}`,
    adminName: `Alex ${suffix}`,
  };
  const org = await createOrganisation(e2eDb(), {
    slug: tenant.slug,
    name: tenant.name,
    customFields: (opts.customFields ?? ["Department", "Job Title", "Employee ID"]).map((label) => ({ label })),
    admin: { username: tenant.username, email: tenant.email, name: tenant.adminName, password: tenant.password },
  });
  return { ...tenant, organisationId: org.id };
}

export async function logIn(page: Page, tenant: Pick<Tenant, "username" | "password">, path = "/dashboard") {
  await page.goto(`/login?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel("Username").fill(tenant.username);
  await page.getByLabel("Password", { exact: true }).fill(tenant.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[?]/g, "\\?")}$`));
}
