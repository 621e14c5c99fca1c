import { request as httpRequest } from "node:http";
import { expect, type Page, test } from "@playwright/test";
import { e2eDb } from "../support/db";
import { createTenant, logIn } from "../support/tenant";

const XSS_NAME = "<img src=x onerror=alert(1)>";

/** Fails the test if the page ever opens a dialog (what the injected handler would do). */
function forbidDialogs(page: Page) {
  const opened: string[] = [];
  page.on("dialog", async (dialog) => {
    opened.push(dialog.message());
    await dialog.dismiss();
  });
  return opened;
}

async function expectShownAsText(page: Page) {
  await expect(page.getByText(XSS_NAME).first()).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
}

test("[SECURITY]: a name like <img src=x onerror=alert(1)> shows as text in the review, the users table and the user page, and runs nowhere", async ({ page }) => {
  const dialogs = forbidDialogs(page);
  const tenant = await createTenant();
  await logIn(page, tenant, "/users/import");
  await page.getByLabel("Users to add, one per line").fill(`xss@example.com, ${XSS_NAME}, Smith`);
  await page.getByLabel("Send welcome emails to new users").uncheck();
  await page.getByRole("button", { name: "Import Users" }).click();

  await expect(page.getByRole("heading", { name: "Review changes" })).toBeVisible();
  await expectShownAsText(page);
  await page.getByRole("button", { name: "Import 1 user" }).click();
  await expect(page.getByText("Completed")).toBeVisible();
  // The results list rows by email; the name must not turn into markup here either.
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  const learner = await e2eDb().learner.findFirstOrThrow({ where: { organisationId: tenant.organisationId, emailKey: "xss@example.com" } });
  expect(learner.firstName).toBe(XSS_NAME);

  await page.goto("/users");
  await expectShownAsText(page);
  await page.goto(`/users/${learner.id}`);
  await expectShownAsText(page);
  expect(dialogs).toEqual([]);
});

interface UploadAnswer {
  status: number;
  body: string;
  bytesSent: number;
}

/**
 * Streams a body to the upload route in 1 MB pieces, stopping as soon as the
 * server answers, and reports how much had been sent by then.
 */
function uploadUntilAnswered(url: string, cookie: string, opts: { declaredBytes?: number; maxBytes: number }): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    let bytesSent = 0;
    let answered = false;
    const headers: Record<string, string> = { cookie, "content-type": "text/csv" };
    if (opts.declaredBytes) headers["content-length"] = String(opts.declaredBytes);
    const request = httpRequest(url, { method: "POST", headers }, (response) => {
      answered = true;
      const sentWhenAnswered = bytesSent;
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => {
        request.destroy();
        resolve({ status: response.statusCode ?? 0, body, bytesSent: sentWhenAnswered });
      });
    });
    request.on("error", (error) => (answered ? undefined : reject(error)));
    const piece = Buffer.alloc(1024 * 1024, "a");
    const writeMore = () => {
      while (!answered && bytesSent < opts.maxBytes) {
        bytesSent += piece.length;
        if (!request.write(piece)) return void request.once("drain", writeMore);
      }
    };
    writeMore();
  });
}

async function sessionCookie(page: Page) {
  return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

test("[SECURITY]: an upload declaring more than 100 MB is refused before its body is sent", async ({ page, baseURL }) => {
  const tenant = await createTenant();
  await logIn(page, tenant);
  const answer = await uploadUntilAnswered(`${baseURL}/api/imports/upload?fileName=huge.csv`, await sessionCookie(page), {
    declaredBytes: 120 * 1024 * 1024,
    maxBytes: 120 * 1024 * 1024,
  });
  expect(answer.status).toBe(413);
  expect(answer.body).toContain("larger than 100 MB");
  expect(answer.bytesSent, "answered long before the declared 120 MB were sent").toBeLessThan(20 * 1024 * 1024);
  expect(await e2eDb().importJob.count({ where: { organisationId: tenant.organisationId } })).toBe(0);
});

test("[SECURITY]: an upload that doesn't declare its size is cut off once it passes 100 MB", async ({ page, baseURL }) => {
  const tenant = await createTenant();
  await logIn(page, tenant);
  const answer = await uploadUntilAnswered(`${baseURL}/api/imports/upload?fileName=endless.csv`, await sessionCookie(page), { maxBytes: 300 * 1024 * 1024 });
  expect(answer.status).toBe(413);
  expect(answer.bytesSent, "stopped reading near the limit, not at the end of the stream").toBeLessThan(220 * 1024 * 1024);
  expect(await e2eDb().importJob.count({ where: { organisationId: tenant.organisationId } })).toBe(0);
});
