"use server";

import { after } from "next/server";
import { headers } from "next/headers";
import { fail, publicAction } from "@/lib/actions";
import { clientIp } from "@/lib/auth/client-ip";
import { requestPasswordReset } from "@/lib/server/auth/request-password-reset";
import { claimAttempt, THROTTLED_MESSAGE } from "@/lib/server/auth/throttle";
import { emailRequestSchema, RESET_LINK_SENT } from "@/lib/validations/auth";

export const requestPasswordResetLink = publicAction(emailRequestSchema, async ({ email }, db) => {
  const ip = clientIp(await headers());
  const attempt = await claimAttempt(db, "password-reset", email, ip);
  if (!attempt.allowed) {
    await attempt.forget();
    return fail(THROTTLED_MESSAGE);
  }
  after(() => requestPasswordReset(db, email, ip));
  return { ok: true, data: undefined, message: RESET_LINK_SENT };
});
