import NextAuth from "next-auth";
import type { NextMiddleware } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { withoutSessionRefresh } from "@/lib/auth/without-session-refresh";
import { authSecret } from "@/lib/env";

// Auth.js's `auth` is the middleware itself when Next.js calls it with (request, event); its types don't list that form.
const checkSession = NextAuth(() => ({ ...authConfig, secret: authSecret() })).auth as unknown as NextMiddleware;

// Only checks that a session cookie is valid; pages, actions and routes check the admin in the database.
// It never re-issues the cookie (see withoutSessionRefresh): a session lasts SESSION_MAX_AGE_SECONDS from login.
// API and SCIM routes answer for themselves (401 rather than a redirect), and uploads must not be buffered here.
const proxy: NextMiddleware = async (request, event) => {
  const response = await checkSession(request, event);
  return response instanceof Response ? withoutSessionRefresh(response) : response;
};
export default proxy;

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|api/|scim/).*)"],
};
