import { describe, expect, it } from "vitest";
import { withoutSessionRefresh } from "./without-session-refresh";

function answer(...cookies: string[]) {
  const headers = new Headers({ "x-middleware-next": "1" });
  for (const cookie of cookies) headers.append("set-cookie", cookie);
  return new Response(null, { headers });
}

describe("withoutSessionRefresh", () => {
  it("drops a re-issued session cookie, plain, __Secure- prefixed or chunked", () => {
    const response = withoutSessionRefresh(
      answer(
        "authjs.session-token=eyJhbGciOi; Path=/; Expires=Wed, 01 Jan 2031 00:00:00 GMT; HttpOnly; SameSite=Lax",
        "__Secure-authjs.session-token=eyJhbGciOi; Path=/; HttpOnly; Secure; SameSite=Lax",
        "authjs.session-token.0=eyJhbGciOi; Path=/; HttpOnly; SameSite=Lax",
      ),
    );
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });

  it("keeps deletions of the session cookie and every other cookie", () => {
    const kept = ["authjs.session-token=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax", "authjs.csrf-token=abc%7Cdef; Path=/; HttpOnly; SameSite=Lax"];
    const response = withoutSessionRefresh(answer(...kept, "authjs.session-token=eyJhbGciOi; Path=/; HttpOnly; SameSite=Lax"));
    expect(response.headers.getSetCookie()).toEqual(kept);
  });
});
