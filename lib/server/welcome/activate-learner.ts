import type { PrismaClient } from "@/generated/prisma/client";
import { passwordProblem } from "@/lib/auth/password-policy";
import { hashPassword } from "@/lib/server/auth/password";
import { hashToken } from "@/lib/server/auth/tokens";

export const INVALID_WELCOME_LINK = "This activation link has expired or has already been used. Ask your administrator to send a new welcome email.";

export async function findLearnerByActivationToken(db: PrismaClient, token: string) {
  const learner = await db.learner.findUnique({ where: { activationTokenHash: hashToken(token) }, include: { organisation: { select: { name: true } } } });
  if (!learner || learner.activatedAt || !learner.activationExpiresAt || learner.activationExpiresAt <= new Date()) return null;
  return learner;
}

/** Sets the learner's first password from their welcome link; the link then stops working. */
export async function activateLearner(db: PrismaClient, token: string, password: string): Promise<{ ok: true } | { ok: false; error: string; field?: "password" }> {
  const learner = await findLearnerByActivationToken(db, token);
  if (!learner) return { ok: false, error: INVALID_WELCOME_LINK };
  const problem = passwordProblem(password, [learner.firstName, learner.lastName, learner.emailKey.split("@")[0] ?? ""]);
  if (problem) return { ok: false, error: problem, field: "password" };
  const passwordHash = await hashPassword(password);
  const claimed = await db.learner.updateMany({
    where: { id: learner.id, activationTokenHash: hashToken(token), activatedAt: null },
    data: { passwordHash, activatedAt: new Date(), activationTokenHash: null, activationExpiresAt: null },
  });
  return claimed.count ? { ok: true } : { ok: false, error: INVALID_WELCOME_LINK };
}
