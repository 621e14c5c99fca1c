"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { fail, publicAction } from "@/lib/actions";
import { signIn } from "@/lib/auth";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";
import { THROTTLED_MESSAGE } from "@/lib/server/auth/throttle";
import { loginSchema } from "@/lib/validations/auth";

export const login = publicAction(loginSchema, async ({ username, password, callbackUrl }) => {
  try {
    await signIn("credentials", { username, password, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    if (error instanceof CredentialsSignin && error.code === "throttled") return fail(THROTTLED_MESSAGE);
    return fail("Incorrect username or password.");
  }
  redirect(safeCallbackPath(callbackUrl));
});
