"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { fail, publicAction } from "@/lib/actions";
import { clientIp } from "@/lib/auth/client-ip";
import { resetPassword } from "@/lib/server/auth/reset-password";
import { resetPasswordSchema } from "@/lib/validations/auth";

export const resetPasswordAction = publicAction(resetPasswordSchema, async (input, db) => {
  const result = await resetPassword(db, { ...input, ip: clientIp(await headers()) });
  if (!result.ok) return result.field ? fail(result.error, { password: [result.error] }) : fail(result.error);
  redirect("/login?notice=password-reset");
});
