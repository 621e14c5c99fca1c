/**
 * Whether a request's Origin (sent by browsers with every form POST) names
 * this site, as Next.js checks for server actions: route handlers a plain
 * form posts to need the same guard against other sites' forms. Behind a
 * proxy the site is the host it forwarded.
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin) return true;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
