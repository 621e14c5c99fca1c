import { expect, test, type Page } from "@playwright/test";
import { e2eDb } from "../support/db";
import { createTenant } from "../support/tenant";

/** Presses Tab until the focused element matches, like a keyboard-only admin would. */
async function tabTo(page: Page, accessibleName: RegExp, maxPresses = 40) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return "";
      const labelled = el.getAttribute("aria-label") ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null);
      return (labelled ?? el.textContent ?? "").trim();
    });
    if (accessibleName.test(name)) return;
  }
  throw new Error(`Could not reach ${accessibleName} with the keyboard`);
}

test("[A11Y][KEYBOARD]: log in and import pasted users with the keyboard alone", async ({ page }) => {
  const tenant = await createTenant();
  await page.goto("/login");
  // The username field has focus on arrival (once the page has hydrated).
  await expect(page.getByLabel("Username")).toBeFocused();
  await page.keyboard.type(tenant.username);
  await tabTo(page, /^Password$/);
  await page.keyboard.type(tenant.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dashboard/);

  await tabTo(page, /^Add\/Update Users$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/users\/import$/);
  await tabTo(page, /Users to add, one per line/);
  await page.keyboard.type("kay@example.com, Kay, Board");
  await tabTo(page, /Send welcome emails to new users/);
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Send welcome emails to new users")).not.toBeChecked();
  await tabTo(page, /^Import Users$/);
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { name: "Review changes" })).toBeVisible();
  await tabTo(page, /^Import 1 user$/, 80);
  // The focused control is visibly outlined.
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as HTMLElement);
    return `${style.outlineStyle} ${style.boxShadow}`;
  });
  expect(outline).not.toBe("none none");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Completed")).toBeVisible();
  expect(await e2eDb().learner.count({ where: { organisationId: tenant.organisationId, emailKey: "kay@example.com" } })).toBe(1);
});

test("[A11Y][KEYBOARD]: search the users table and archive a user with the keyboard alone", async ({ page }) => {
  const { seedLearners } = await import("../support/learners");
  const { logIn } = await import("../support/tenant");
  const tenant = await createTenant();
  await seedLearners(tenant.organisationId, 3);
  await logIn(page, tenant, "/users");

  await tabTo(page, /^Search users$/);
  await page.keyboard.type("person02");
  await expect(page.getByText("Showing 1–1 of 1")).toBeVisible();
  await tabTo(page, /^Select First02 Last00$/);
  await page.keyboard.press("Space");
  await tabTo(page, /^Archive$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alertdialog")).toBeVisible();
  // Focus starts on Cancel in the confirmation; move to the Archive action.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect
    .poll(async () => (await e2eDb().learner.findFirstOrThrow({ where: { organisationId: tenant.organisationId, emailKey: "person02@example.com" } })).active)
    .toBe(false);
});

test("[A11Y][KEYBOARD]: change the account name with the keyboard alone", async ({ page }) => {
  const { logIn } = await import("../support/tenant");
  const tenant = await createTenant();
  await logIn(page, tenant, "/account");
  await tabTo(page, /^Name$/);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Kim Keyboard");
  await tabTo(page, /^Save details$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Your details have been saved." })).toBeVisible();
  expect((await e2eDb().admin.findFirstOrThrow({ where: { username: tenant.username } })).name).toBe("Kim Keyboard");
});

test("[A11Y][KEYBOARD]: create and revoke an API token with the keyboard alone", async ({ page }) => {
  const { logIn } = await import("../support/tenant");
  const tenant = await createTenant();
  await logIn(page, tenant, "/settings/api-tokens");
  await tabTo(page, /^Create token$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: "Create an API token" })).toBeVisible();
  await tabTo(page, /^Name$/);
  await page.keyboard.type("Keyboard sync");
  await tabTo(page, /^scim$/);
  await page.keyboard.press("Space");
  await tabTo(page, /^Create token$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: "Copy your new token" })).toBeVisible();
  await tabTo(page, /^Done$/);
  await page.keyboard.press("Enter");
  const row = page.getByRole("row", { name: /Keyboard sync/ });
  await expect(row).toContainText("scim");

  await tabTo(page, /^Revoke Keyboard sync$/, 60);
  await page.keyboard.press("Enter");
  // Focus starts on Cancel in the confirmation; move to Revoke token.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(row).toContainText("Revoked");
  expect((await e2eDb().apiToken.findFirstOrThrow({ where: { organisationId: tenant.organisationId, name: "Keyboard sync" } })).revokedAt).toBeInstanceOf(Date);
});

test("[A11Y][KEYBOARD]: invite a viewer and revoke the invitation with the keyboard alone", async ({ page }) => {
  const { logIn } = await import("../support/tenant");
  const tenant = await createTenant();
  await logIn(page, tenant, "/settings/team");
  await tabTo(page, /^Invite someone$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: "Invite someone to the team" })).toBeVisible();
  await page.keyboard.type("Kit Keys");
  await tabTo(page, /^Email address$/);
  await page.keyboard.type(`kit-${tenant.slug}@acme.test`);
  // Into the role group (on its checked choice, Admin), then down to Viewer.
  await tabTo(page, /^Admin$/);
  // Released once focus has moved, as a person's key press lasts: Radix moves focus in a timeout and
  // checks the radio it lands on only while the arrow key is still down (an instant press leaves it unchecked).
  await page.keyboard.down("ArrowDown");
  await expect(page.getByRole("radio", { name: "Viewer" })).toBeFocused();
  await page.keyboard.up("ArrowDown");
  await expect(page.getByRole("radio", { name: "Viewer" })).toBeChecked();
  await tabTo(page, /^Send invitation$/);
  await page.keyboard.press("Enter");
  const row = page.getByRole("row", { name: /Kit Keys/ });
  await expect(row).toContainText("Viewer");
  expect((await e2eDb().adminInvitation.findFirstOrThrow({ where: { organisationId: tenant.organisationId } })).role).toBe("VIEWER");

  await tabTo(page, /^Revoke the invitation to kit-/, 60);
  await page.keyboard.press("Enter");
  // Focus starts on Cancel in the confirmation; move to Revoke invitation.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  // While the confirmation is open the page behind it is hidden from the accessibility tree, so the
  // row "disappears" at once: wait for the confirmation to close before counting rows.
  await expect(page.getByRole("alertdialog")).toBeHidden();
  await expect(row).toHaveCount(0);
  expect((await e2eDb().adminInvitation.findFirstOrThrow({ where: { organisationId: tenant.organisationId } })).revokedAt).toBeInstanceOf(Date);
});

test("[A11Y][KEYBOARD]: filter the activity log and clear the filters with the keyboard alone", async ({ page }) => {
  const { logIn } = await import("../support/tenant");
  const tenant = await createTenant();
  await e2eDb().auditLog.create({ data: { organisationId: tenant.organisationId, action: "groups.changed", detail: { change: "created", name: "Keyboard crew" } } });
  await logIn(page, tenant, "/settings/activity");
  await expect(page.getByText("Showing 1–2 of 2")).toBeVisible();
  await tabTo(page, /^Kind$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("listbox")).toBeVisible();
  await page.keyboard.type("Sign");
  // As a person would, wait for the typeahead to highlight the option (Radix focuses it in a timeout).
  await expect(page.getByRole("option", { name: "Sign-ins" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/kind=sign_ins/);
  await expect(page.getByText("Showing 1–1 of 1")).toBeVisible();
  await tabTo(page, /^Clear filters$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/settings\/activity$/);
  await expect(page.getByText("Showing 1–2 of 2")).toBeVisible();
});
