"use server";

import { after } from "next/server";
import { headers } from "next/headers";
import { fail, publicAction } from "@/lib/actions";
import { clientIp } from "@/lib/auth/client-ip";
import { sendUsernameReminder } from "@/lib/server/auth/send-username-reminder";
import { claimAttempt, THROTTLED_MESSAGE } from "@/lib/server/auth/throttle";
import { emailRequestSchema, USERNAME_REMINDER_SENT } from "@/lib/validations/auth";

/** Answers the same way, in the same time, whether or not the address has an account: the email goes out after the response. */
export const requestUsernameReminder = publicAction(emailRequestSchema, async ({ email }, db) => {
  const ip = clientIp(await headers());
  const attempt = await claimAttempt(db, "username-reminder", email, ip);
  if (!attempt.allowed) {
    await attempt.forget();
    return fail(THROTTLED_MESSAGE);
  }
  after(() => sendUsernameReminder(db, email, ip));
  return { ok: true, data: undefined, message: USERNAME_REMINDER_SENT };
});
