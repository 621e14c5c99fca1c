import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Clicks a dialog's trigger until the dialog is open. A click that lands after a client-side
 * navigation but before React has hydrated the new page's button does nothing, as it would for a
 * person clicking that early, who would simply click again.
 */
export async function openDialog(page: Page, trigger: Locator, dialog: Locator = page.getByRole("dialog")) {
  await expect(async () => {
    if (!(await dialog.isVisible())) await trigger.click();
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}
