import { expect, type Page, test } from "@playwright/test";
import { e2eDb } from "../support/db";
import { createTenant, logIn } from "../support/tenant";

const STAFF_CSV = { name: "staff.csv", mimeType: "text/csv", buffer: Buffer.from("Email,First Name,Last Name,Active\r\nann@example.com,Ann,Lee,1\r\nbob@example.com,Bob,Stone,1\r\n") };

/**
 * Opens the Add/Update Users page with its scripts held back, as on a slow connection or a busy
 * server (an import running): the form is there but not yet interactive. Returns what lets them through.
 */
async function openBeforeHydration(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await released;
    // A request the page gave up on meanwhile (a preload it no longer needs) can't be continued.
    await route.continue().catch(() => undefined);
  });
  await page.goto("/users/import", { waitUntil: "commit" });
  await expect(page.getByRole("button", { name: "Import Users" })).toBeVisible();
  return async () => {
    release();
    await page.unroute("**/_next/static/chunks/*.js");
  };
}

async function draftsOf(organisationId: string) {
  return e2eDb().importJob.findMany({ where: { organisationId }, select: { id: true, fileName: true, totalRows: true, options: true } });
}

test("[IMPORT][CSV]: a file chosen before the page is interactive is still the one uploaded", async ({ page }) => {
  const tenant = await createTenant();
  await logIn(page, tenant);
  const release = await openBeforeHydration(page);
  await page.locator("input[type=file]").setInputFiles(STAFF_CSV);
  release();

  // Once interactive, the page shows the file chosen earlier and uploads it.
  await expect(page.getByRole("button", { name: "Remove staff.csv" })).toBeVisible();
  await page.getByRole("button", { name: "Import Users" }).click();
  await expect(page).toHaveURL(/\/users\/import\/[^/]+\/map$/);
  await expect(page.getByRole("heading", { name: "Map fields" })).toBeVisible();
  expect(await draftsOf(tenant.organisationId)).toMatchObject([{ fileName: "staff.csv", totalRows: 2 }]);
});

test("[IMPORT][TEXTBOX]: users pasted before the page is interactive are still the ones imported", async ({ page }) => {
  const tenant = await createTenant();
  await logIn(page, tenant);
  const release = await openBeforeHydration(page);
  await page.getByLabel("Users to add, one per line").fill("cy@example.com, Cy, Young");
  release();
  // React marks the nodes it has hydrated; only then does the page's own submit run.
  await page.waitForFunction(() => Object.keys(document.querySelector("textarea") ?? {}).some((key) => key.startsWith("__reactFiber")));
  await expect(page.getByLabel("Users to add, one per line")).toHaveValue("cy@example.com, Cy, Young");
  await page.getByRole("button", { name: "Import Users" }).click();
  await expect(page).toHaveURL(/\/users\/import\/[^/]+\/review$/);
  expect(await draftsOf(tenant.organisationId)).toMatchObject([{ fileName: null, totalRows: 1 }]);
});

test("[IMPORT][CSV]: Import Users clicked before the page is interactive posts the file and ends on the mapping step", async ({ page }) => {
  const tenant = await createTenant();
  await logIn(page, tenant);
  const release = await openBeforeHydration(page);
  await page.locator("input[type=file]").setInputFiles(STAFF_CSV);
  await page.getByRole("button", { name: "Import Users" }).click();
  await expect(page).toHaveURL(/\/users\/import\/[^/]+\/map$/);
  release();
  await expect(page.getByRole("heading", { name: "Map fields" })).toBeVisible();
  expect(await draftsOf(tenant.organisationId)).toMatchObject([{ fileName: "staff.csv", totalRows: 2, options: { mode: "upsert", sendWelcome: true, blankClears: false } }]);
});

// The later steps stream in behind a skeleton that only the page's script replaces, so without
// JavaScript the admin lands on them told to turn it on; the draft they land on is what counts here.
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("[IMPORT][NO-JS]: a CSV file uploads and the wizard goes on to mapping", async ({ page }) => {
    const tenant = await createTenant();
    await logIn(page, tenant, "/users/import");
    await page.locator("input[type=file]").setInputFiles(STAFF_CSV);
    await page.getByRole("button", { name: "Import Users" }).click();
    await expect(page).toHaveURL(/\/users\/import\/[^/]+\/map$/);
    await expect(page.getByRole("alert").filter({ hasText: "This page needs JavaScript" })).toBeVisible();
    const [draft] = await draftsOf(tenant.organisationId);
    expect(draft).toMatchObject({ fileName: "staff.csv", totalRows: 2 });
    expect(page.url()).toContain(draft!.id);
  });

  test("[IMPORT][NO-JS]: pasted users go on to the review, and a refusal comes back to the form without the users in the URL", async ({ page }) => {
    const tenant = await createTenant();
    const urls: string[] = [];
    page.on("request", (request) => urls.push(decodeURIComponent(request.url())));
    await logIn(page, tenant, "/users/import");

    await page.getByRole("button", { name: "Import Users" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Paste at least one user into the box, or choose a CSV file" })).toBeVisible();

    await page.getByLabel("Users to add, one per line").fill("cy@example.com, Cy, Young");
    await page.locator("input[type=file]").setInputFiles(STAFF_CSV);
    await page.getByRole("button", { name: "Import Users" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "not both" })).toBeVisible();

    await page.getByLabel("Users to add, one per line").fill("cy@example.com, Cy, Young");
    await page.getByRole("button", { name: "Import Users" }).click();
    await expect(page).toHaveURL(/\/users\/import\/[^/]+\/review$/);
    expect(await draftsOf(tenant.organisationId)).toMatchObject([{ fileName: null, totalRows: 1 }]);
    expect(urls.filter((url) => url.includes("cy@example.com"))).toEqual([]);
  });
});
