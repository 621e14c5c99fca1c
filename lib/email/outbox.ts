import { env } from "@/lib/env";

/**
 * The outbox shows every stored email, reset links included, without a
 * login (whoever forgot their password can't log in to read it). So it only
 * exists when no email provider is configured and the request is local.
 */
export function outboxAvailable(host: string | null): boolean {
  if (env.RESEND_API_KEY) return false;
  const hostname = (host ?? "").replace(/:\d+$/, "").replace(/^\[|\]$/g, "");
  return ["localhost", "127.0.0.1", "::1"].includes(hostname);
}
