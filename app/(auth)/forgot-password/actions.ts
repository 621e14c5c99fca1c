"use server";

import { after } from "next/server";
import { headers } from "next/headers";
import { fail, publicAction } from "@/lib/actions";
import { clientIp } from "@/lib/auth/client-ip";
import { requestPasswordReset } from "@/lib/server/auth/request-password-reset";
import { isThrottled, recordAttempt, THROTTLED_MESSAGE } from "@/lib/server/auth/throttle";
import { emailRequestSchema, RESET_LINK_SENT } from "@/lib/validations/auth";

export const requestPasswordResetLink = publicAction(emailRequestSchema, async ({ email }, db) => {
  const ip = clientIp(await headers());
  if (await isThrottled(db, "password-reset", email, ip)) return fail(THROTTLED_MESSAGE);
  await recordAttempt(db, "password-reset", email, ip);
  after(() => requestPasswordReset(db, email, ip));
  return { ok: true, data: undefined, message: RESET_LINK_SENT };
});
