import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { e2eDb } from "../support/db";
import { seedLearners } from "../support/learners";
import { linkIn, waitForEmail } from "../support/mail";
import { captureServerAction, replayServerAction } from "../support/server-action";
import { createTenant, logIn } from "../support/tenant";

const VIEWER_PASSWORD = "amber lantern orchard 77";

test("[TEAM][ROLES]: the owner invites a viewer, who joins, reads and exports users but can't import, until the owner removes them", async ({ page, browser }) => {
  const tenant = await createTenant();
  await seedLearners(tenant.organisationId, 3);
  const suffix = randomBytes(4).toString("hex");
  const viewer = { name: `Vera ${suffix}`, email: `vera-${suffix}@acme.test`, username: `vera-${suffix}` };

  // The owner invites a Viewer from Settings → Team.
  await logIn(page, tenant, "/settings/team");
  await page.getByRole("button", { name: "Invite someone" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Invite someone to the team" });
  await dialog.getByLabel("Name").fill(viewer.name);
  await dialog.getByLabel("Email address").fill(viewer.email);
  await dialog.getByRole("radio", { name: "Viewer" }).check();
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${viewer.email}`)).toBeVisible();
  const pending = page.getByRole("region", { name: /Pending invitations/ });
  await expect(pending.getByRole("cell", { name: viewer.email, exact: true })).toBeVisible();

  // The invitation arrives; the viewer accepts it in their own browser and logs in.
  const link = linkIn(await waitForEmail(viewer.email, /^Join /), "/accept-invitation");
  const viewerContext = await browser.newContext();
  const viewerPage = await viewerContext.newPage();
  await viewerPage.goto(link);
  await expect(viewerPage.getByRole("heading", { name: `Join ${tenant.name}` })).toBeVisible();
  await viewerPage.getByLabel("Username").fill(tenant.username);
  await viewerPage.getByLabel("Password", { exact: true }).fill(VIEWER_PASSWORD);
  await viewerPage.getByLabel("Confirm password").fill(VIEWER_PASSWORD);
  await viewerPage.getByRole("button", { name: "Accept and create my account" }).click();
  await expect(viewerPage.getByText("That username is taken. Choose another one.")).toBeVisible();
  await viewerPage.getByLabel("Username").fill(viewer.username);
  await viewerPage.getByRole("button", { name: "Accept and create my account" }).click();
  await expect(viewerPage).toHaveURL(/\/login\?notice=invitation-accepted/);
  await logIn(viewerPage, { ...tenant, username: viewer.username, password: VIEWER_PASSWORD }, "/users");

  // The viewer sees the users and exports them…
  await expect(viewerPage.getByRole("link", { name: /First0\d Last0\d/ }).first()).toBeVisible();
  const download = viewerPage.waitForEvent("download");
  await viewerPage.getByRole("link", { name: "Export CSV" }).click();
  expect(await readFile((await (await download).path())!, "utf8")).toContain("person00@example.com");

  // …but has no way to import, and is told why.
  await expect(viewerPage.getByRole("link", { name: "Add/Update Users" })).toHaveCount(0);
  await expect(viewerPage.getByRole("checkbox")).toHaveCount(0);
  await expect(viewerPage.getByRole("note").filter({ hasText: "Viewers can't import users." })).toBeVisible();
  await viewerPage.goto("/users/import");
  await expect(viewerPage).toHaveURL(/\/no-access\?need=imports%3Awrite/);
  await expect(viewerPage.getByText("Viewers can't import users.")).toBeVisible();

  // The owner's own import action, replayed with the viewer's session, is refused and writes nothing.
  await page.goto("/users/import");
  const captured = await captureServerAction(page, "/users/import", async () => {
    await page.getByLabel("Users to add, one per line").fill("replayed@example.com, Re, Played");
    await page.getByRole("button", { name: "Import Users" }).click();
  });
  const replayed = await replayServerAction(viewerPage.request, captured);
  expect(await replayed.text()).toContain("Viewers can't import users.");
  expect(await e2eDb().importJob.count({ where: { organisationId: tenant.organisationId } })).toBe(0);

  // The owner removes the viewer, typing their username to confirm; the viewer's session ends.
  await page.goto("/settings/team");
  await page.getByRole("button", { name: `Remove ${viewer.name}` }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm.getByRole("button", { name: "Remove from team" })).toBeDisabled();
  await confirm.getByLabel(`Type ${viewer.username} to confirm`).fill(viewer.username);
  await confirm.getByRole("button", { name: "Remove from team" }).click();
  await expect(page.getByText(`Removed ${viewer.name} from the team.`)).toBeVisible();
  await expect(page.getByRole("cell", { name: viewer.username, exact: true })).toHaveCount(0);

  await viewerPage.goto("/users");
  await expect(viewerPage).toHaveURL(/\/login/);
  await viewerContext.close();
});

test("[TEAM][ROLES]: the last owner can't demote or remove themselves, and the page says why", async ({ page }) => {
  const tenant = await createTenant();
  await logIn(page, tenant, "/settings/team");
  const row = page.getByRole("row", { name: new RegExp(tenant.username) });
  await expect(row.getByRole("combobox", { name: `Role of ${tenant.adminName}` })).toBeDisabled();
  await expect(row.getByRole("button", { name: `Remove ${tenant.adminName}` })).toBeDisabled();
  await expect(row.getByText("The only owner: make someone else an owner first.")).toBeVisible();
});
