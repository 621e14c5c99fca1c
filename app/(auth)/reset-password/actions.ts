"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { type ActionResult, fail, invalid } from "@/lib/actions";
import { clientIp } from "@/lib/auth/client-ip";
import { getDb } from "@/lib/db";
import { resetPassword } from "@/lib/server/auth/reset-password";
import { resetPasswordSchema, type ResetPasswordInput } from "@/lib/validations/auth";

export async function resetPasswordAction(input: ResetPasswordInput): Promise<ActionResult> {
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await resetPassword(await getDb(), { ...parsed.data, ip: clientIp(await headers()) });
  if (!result.ok) return result.field ? fail(result.error, { password: [result.error] }) : fail(result.error);
  redirect("/login?notice=password-reset");
}
