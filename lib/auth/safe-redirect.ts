/**
 * Where to go after login. Only the path of callbackUrl is kept, so an
 * absolute URL to another site can't turn login into an open redirect.
 */
export function safeCallbackPath(callbackUrl: string | undefined | null, fallback = "/dashboard"): string {
  if (!callbackUrl) return fallback;
  try {
    const url = new URL(callbackUrl, "http://rollcall.invalid");
    const path = `${url.pathname}${url.search}`;
    if (path === "/" || path.startsWith("//") || path.startsWith("/login")) return fallback;
    return path;
  } catch {
    return fallback;
  }
}
