/** Auth.js's session cookie, plain or `__Secure-` prefixed, whole or in chunks (`.0`, `.1`…). */
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?=([^;]*)/;

/**
 * Drops the re-issued session cookie Auth.js adds to every answer of the
 * proxy (it re-signs the JWT with a new expiry on each request). Any request
 * the browser sent with the session before logging out (a link prefetch, a
 * refresh) would otherwise answer after the logout with a fresh cookie and
 * sign the admin back in: a JWT can't be revoked once issued. So only
 * logging in writes the cookie and only logging out clears it. Deletions
 * (an unreadable or expired token) pass through.
 */
export function withoutSessionRefresh<R extends Response>(response: R): R {
  const cookies = response.headers.getSetCookie();
  const kept = cookies.filter((cookie) => !SESSION_COOKIE.exec(cookie)?.[1]);
  if (kept.length === cookies.length) return response;
  response.headers.delete("set-cookie");
  for (const cookie of kept) response.headers.append("set-cookie", cookie);
  return response;
}
