import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";
import { authSecret } from "@/lib/env";

export const { auth: proxy } = NextAuth(() => ({ ...authConfig, secret: authSecret() }));

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|api/inngest).*)"],
};
