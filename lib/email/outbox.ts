import { createHmac, timingSafeEqual } from "node:crypto";
import { appUrl, authSecret, env } from "@/lib/env";

/**
 * The outbox shows every stored email, reset links included, without a
 * login (whoever forgot their password can't log in to read it). So it only
 * exists when no email provider is configured, and only for whoever holds
 * this installation's key: the URL printed when the app starts. (It used to
 * trust a localhost Host header, which any client can send.)
 */
export function outboxKey(): string {
  return createHmac("sha256", authSecret()).update("rollcall-outbox").digest("base64url").slice(0, 32);
}

export function outboxAvailable(key: string | undefined): boolean {
  if (env.RESEND_API_KEY || typeof key !== "string") return false;
  const expected = Buffer.from(outboxKey());
  const given = Buffer.from(key);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Where to read the emails, when there is an outbox. */
export function outboxUrl(): string | null {
  return env.RESEND_API_KEY ? null : `${appUrl()}/outbox?key=${outboxKey()}`;
}
