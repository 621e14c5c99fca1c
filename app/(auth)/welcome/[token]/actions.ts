"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { fail, publicAction } from "@/lib/actions";
import { activateLearner } from "@/lib/server/welcome/activate-learner";
import { newPasswordSchema } from "@/lib/validations/auth";

const activationSchema = newPasswordSchema.and(z.object({ token: z.string().min(20).max(200) }));

/**
 * Public: the learner proves who they are with the single-use token from their welcome email.
 * Then on to a page of its own: the link's page, rendered again, would only say the link is used.
 */
export const activateAction = publicAction(activationSchema, async ({ token, password }, db) => {
  const result = await activateLearner(db, token, password);
  if (!result.ok) return result.field ? fail(result.error, { password: [result.error] }) : fail(result.error);
  redirect("/welcome/activated");
});
