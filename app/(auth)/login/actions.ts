"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { type ActionResult, fail, invalid } from "@/lib/actions";
import { signIn } from "@/lib/auth";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";
import { THROTTLED_MESSAGE } from "@/lib/server/auth/throttle";
import { loginSchema, type LoginInput } from "@/lib/validations/auth";

export async function login(input: LoginInput): Promise<ActionResult> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { username, password, callbackUrl } = parsed.data;

  try {
    await signIn("credentials", { username, password, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    if (error instanceof CredentialsSignin && error.code === "throttled") return fail(THROTTLED_MESSAGE);
    return fail("Incorrect username or password.");
  }
  redirect(safeCallbackPath(callbackUrl));
}
