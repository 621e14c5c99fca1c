import type { Page } from "@playwright/test";

/** Creates a token with only the scim scope on the API tokens page, as an admin setting up Entra or Okta does, and returns its secret. */
export async function createScimToken(page: Page, name: string): Promise<string> {
  await page.goto("/settings/api-tokens");
  await page.getByRole("button", { name: "Create token" }).click();
  const dialog = page.getByRole("dialog", { name: "Create an API token" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("checkbox", { name: "imports:write" }).uncheck();
  await dialog.getByRole("checkbox", { name: "scim" }).check();
  await dialog.getByRole("button", { name: "Create token" }).click();
  const secret = (await page.getByRole("dialog", { name: "Copy your new token" }).getByTestId("token-secret").textContent())!.trim();
  await page.getByRole("button", { name: "Done" }).click();
  return secret;
}
