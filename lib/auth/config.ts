import type { NextAuthConfig } from "next-auth";

/** Pages anyone may open; everything else needs a session. */
const PUBLIC_PREFIXES = ["/outbox", "/login", "/forgot-username", "/forgot-password", "/reset-password", "/accept-invitation", "/welcome", "/api/auth", "/api/inngest"];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/** A session lasts a working day from login: the proxy never extends it (lib/auth/without-session-refresh.ts). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * The part of the auth configuration the proxy needs: no database, no
 * password hashing. The proxy only checks that a session exists; every page,
 * action and route then checks the admin and organisation against the
 * database (lib/auth/require-admin.ts).
 */
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request: { nextUrl } }) {
      if (isPublicPath(nextUrl.pathname)) return true;
      return Boolean(auth?.user);
    },
    jwt({ token, user }) {
      if (user?.id) {
        token.adminId = user.id;
        token.organisationId = user.organisationId;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.adminId = token.adminId;
      session.organisationId = token.organisationId;
      session.sessionVersion = token.sessionVersion;
      return session;
    },
  },
} satisfies NextAuthConfig;
