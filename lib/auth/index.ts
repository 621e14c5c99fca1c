import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { attemptLogin } from "@/lib/server/auth/attempt-login";
import { clientIp } from "./client-ip";
import { authConfig } from "./config";

export class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}

const credentialsSchema = z.object({ username: z.string().min(1).max(200), password: z.string().min(1).max(1000) });

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: authSecret(),
  providers: [
    Credentials({
      credentials: { username: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const db = await getDb();
        const result = await attemptLogin(db, { ...parsed.data, ip: clientIp(request.headers) });
        if (!result.ok) {
          if (result.reason === "throttled") throw new ThrottledSignin();
          return null;
        }
        const { admin } = result;
        return { id: admin.id, name: admin.name, email: admin.email, organisationId: admin.organisationId, sessionVersion: admin.sessionVersion };
      },
    }),
  ],
}));
