import { env } from "@/lib/env";

/**
 * The client's address for the per-IP throttles. Proxies append the address
 * they saw to X-Forwarded-For, and Next.js only fills the header when a
 * request arrives without one, so everything left of the entries our own
 * proxies added is whatever the client chose to send. We count
 * `TRUSTED_PROXY_HOPS` entries from the right instead of trusting the first.
 */
export function clientIp(headers: Headers, trustedProxyHops = env.TRUSTED_PROXY_HOPS): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length > 0) return chain[Math.max(0, chain.length - Math.max(1, trustedProxyHops))]!;
  return headers.get("x-real-ip")?.trim() || "local";
}
