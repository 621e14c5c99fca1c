import { env } from "@/lib/env";

/**
 * The client's address for the per-IP throttles, or null when there is no
 * address we can trust. Proxies append the address they saw to
 * X-Forwarded-For, and Next.js only fills the header when a request arrives
 * without one, so everything left of the entries our own proxies added is
 * whatever the client chose to send: we count `TRUSTED_PROXY_HOPS` entries
 * from the right. With 0 hops (the app exposed directly) the header is all
 * the client's, so per-IP throttling is off and only the per-account limits
 * apply. An empty header gets one shared key rather than a free pass.
 */
export function clientIp(headers: Headers, trustedProxyHops = env.TRUSTED_PROXY_HOPS): string | null {
  if (trustedProxyHops === 0) return null;
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - trustedProxyHops)] ?? "unknown";
}
