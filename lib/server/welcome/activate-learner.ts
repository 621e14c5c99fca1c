import type { PrismaClient } from "@/generated/prisma/client";
import { passwordProblem } from "@/lib/auth/password-policy";
import { hashPassword } from "@/lib/server/auth/password";
import { hashToken } from "@/lib/server/auth/tokens";

export const INVALID_WELCOME_LINK = "This activation link has expired or has already been used. Ask your administrator to send a new welcome email.";
export const ARCHIVED_ACCOUNT = "Your account has been archived, so it can't be activated. If you still need it, contact your administrator.";

/** The learner a live link belongs to, archived or not (the page tells an archived learner so), or null. */
export async function findLearnerByActivationToken(db: PrismaClient, token: string) {
  const learner = await db.learner.findUnique({ where: { activationTokenHash: hashToken(token) }, include: { organisation: { select: { name: true } } } });
  if (!learner || learner.activatedAt || !learner.activationExpiresAt || learner.activationExpiresAt <= new Date()) return null;
  return learner;
}

/**
 * Sets the learner's first password from their welcome link; the link then
 * stops working. An archived learner can't: a link emailed while they were
 * active must not outlive their archiving. The link is kept, so it works
 * again if they're unarchived before it expires.
 */
export async function activateLearner(db: PrismaClient, token: string, password: string): Promise<{ ok: true } | { ok: false; error: string; field?: "password" }> {
  const learner = await findLearnerByActivationToken(db, token);
  if (!learner) return { ok: false, error: INVALID_WELCOME_LINK };
  if (!learner.active) return { ok: false, error: ARCHIVED_ACCOUNT };
  const problem = passwordProblem(password, [learner.firstName, learner.lastName, learner.emailKey.split("@")[0] ?? ""]);
  if (problem) return { ok: false, error: problem, field: "password" };
  const passwordHash = await hashPassword(password);
  const claimed = await db.learner.updateMany({
    // Archived while the password was being hashed: the claim fails like a used link would, but says why.
    where: { id: learner.id, activationTokenHash: hashToken(token), activatedAt: null, active: true },
    data: { passwordHash, activatedAt: new Date(), activationTokenHash: null, activationExpiresAt: null },
  });
  if (claimed.count) return { ok: true };
  const now = await db.learner.findUnique({ where: { id: learner.id }, select: { active: true } });
  return { ok: false, error: now && !now.active ? ARCHIVED_ACCOUNT : INVALID_WELCOME_LINK };
}
