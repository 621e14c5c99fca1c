"use server";

import { z } from "zod";
import { type ActionResult, fail, invalid } from "@/lib/actions";
import { getDb } from "@/lib/db";
import { activateLearner } from "@/lib/server/welcome/activate-learner";
import { newPasswordSchema } from "@/lib/validations/auth";

const activationSchema = newPasswordSchema.and(z.object({ token: z.string().min(20).max(200) }));

/** Public: the learner proves who they are with the single-use token from their welcome email. */
export async function activateAction(input: z.input<typeof activationSchema>): Promise<ActionResult> {
  const parsed = activationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await activateLearner(await getDb(), parsed.data.token, parsed.data.password);
  if (!result.ok) return result.field ? fail(result.error, { password: [result.error] }) : fail(result.error);
  return { ok: true, data: undefined };
}
