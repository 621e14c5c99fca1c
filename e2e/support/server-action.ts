import { randomBytes } from "node:crypto";
import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** A server-action request as the browser sent it: enough to post it again from any client. */
export interface CapturedAction {
  path: string;
  actionId: string;
  contentType: string;
  body: string;
}

/**
 * Lets the page's next server-action POST to `path` be captured instead of
 * sent, after `submit` triggers it. The page then shows a network error:
 * open it afresh before using it again. Tests replay it to probe the endpoint
 * the way an attacker would: without the UI, many times, with other headers.
 */
export async function captureServerAction(page: Page, path: string, submit: () => Promise<void>): Promise<CapturedAction> {
  let captured: CapturedAction | undefined;
  await page.route(`**${path}`, async (route) => {
    const request = route.request();
    const actionId = request.headers()["next-action"];
    if (request.method() === "POST" && actionId) {
      captured = { path, actionId, contentType: request.headers()["content-type"] ?? "text/plain;charset=UTF-8", body: request.postData() ?? "" };
      await route.abort();
    } else await route.continue();
  });
  await submit();
  await expect.poll(() => captured, { message: `a server action posted to ${path}` }).toBeDefined();
  await page.unroute(`**${path}`);
  return captured!;
}

export interface ReplayOptions {
  /** Replaces the captured body (for example to change one argument). */
  body?: string;
  headers?: Record<string, string>;
  maxRedirects?: number;
}

export async function replayServerAction(request: APIRequestContext, action: CapturedAction, options: ReplayOptions = {}) {
  return request.post(action.path, {
    headers: { "next-action": action.actionId, "content-type": action.contentType, accept: "text/x-component", ...options.headers },
    data: options.body ?? action.body,
    maxRedirects: options.maxRedirects ?? 0,
  });
}

/** An address of its own (IPv6 documentation range), so a test's per-IP throttle counts are not shared. */
export function testClientIp(): string {
  return `2001:db8::${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}`;
}
