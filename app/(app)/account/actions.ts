"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { adminAction, fail } from "@/lib/actions";
import { signIn } from "@/lib/auth";
import { clientIp } from "@/lib/auth/client-ip";
import { changePassword } from "@/lib/server/account/change-password";
import { updateProfile } from "@/lib/server/account/update-profile";
import { changePasswordSchema, profileSchema } from "@/lib/validations/auth";

export const updateProfileAction = adminAction("account", profileSchema, async (input, { admin, db }) => {
  await updateProfile(db, admin.id, input);
  revalidatePath("/", "layout");
  return { ok: true, data: undefined, message: "Your details have been saved." };
});

export const changePasswordAction = adminAction("account", changePasswordSchema, async (input, { admin, db }) => {
  const result = await changePassword(db, admin.id, { ...input, ip: clientIp(await headers()) });
  if (!result.ok) return fail(result.error, { [result.field]: [result.error] });
  // Every session was just revoked; this browser gets a fresh one with the new password.
  await signIn("credentials", { username: admin.username, password: input.password, redirect: false });
  return { ok: true, data: undefined, message: "Your password has been changed. Other sessions have been signed out." };
});
