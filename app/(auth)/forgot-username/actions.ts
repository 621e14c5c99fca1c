"use server";

import { after } from "next/server";
import { headers } from "next/headers";
import { fail, publicAction } from "@/lib/actions";
import { clientIp } from "@/lib/auth/client-ip";
import { sendUsernameReminder } from "@/lib/server/auth/send-username-reminder";
import { isThrottled, recordAttempt, THROTTLED_MESSAGE } from "@/lib/server/auth/throttle";
import { emailRequestSchema, USERNAME_REMINDER_SENT } from "@/lib/validations/auth";

/** Answers the same way, in the same time, whether or not the address has an account: the email goes out after the response. */
export const requestUsernameReminder = publicAction(emailRequestSchema, async ({ email }, db) => {
  const ip = clientIp(await headers());
  if (await isThrottled(db, "username-reminder", email, ip)) return fail(THROTTLED_MESSAGE);
  await recordAttempt(db, "username-reminder", email, ip);
  after(() => sendUsernameReminder(db, email, ip));
  return { ok: true, data: undefined, message: USERNAME_REMINDER_SENT };
});
