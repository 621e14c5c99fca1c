import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";
import { authSecret } from "@/lib/env";

// Only checks that a session cookie is valid; pages, actions and routes check the admin in the database.
// API routes answer for themselves (401 rather than a redirect), and uploads must not be buffered here.
export default NextAuth(() => ({ ...authConfig, secret: authSecret() })).auth;

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|api/).*)"],
};
