import type { PrismaClient } from "@/generated/prisma/client";
import { passwordProblem } from "@/lib/auth/password-policy";
import { audit } from "@/lib/server/audit";
import { hashPassword } from "./password";
import { hashToken } from "./tokens";

export const INVALID_RESET_LINK = "This reset link has expired or has already been used. Ask for a new one below.";

export async function findValidResetToken(db: PrismaClient, token: string) {
  const row = await db.passwordResetToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { admin: true } });
  // A removed admin's links are deleted on removal; the check also covers one minted at that very moment.
  if (!row || row.usedAt || row.expiresAt <= new Date() || row.admin.removedAt) return null;
  return row;
}

/**
 * Sets a new password from a reset link. The link is spent, every other
 * link of the admin is deleted, and the session version is bumped so all
 * existing sessions are signed out.
 */
export async function resetPassword(
  db: PrismaClient,
  input: { token: string; password: string; ip: string | null },
): Promise<{ ok: true } | { ok: false; error: string; field?: "password" }> {
  const row = await findValidResetToken(db, input.token);
  if (!row) return { ok: false, error: INVALID_RESET_LINK };
  const problem = passwordProblem(input.password, [row.admin.username, row.admin.name, row.admin.email.split("@")[0] ?? ""]);
  if (problem) return { ok: false, error: problem, field: "password" };

  const passwordHash = await hashPassword(input.password);
  const spent = await db.$transaction(async (tx) => {
    // Conditional update: two concurrent uses of one link can't both succeed.
    const claimed = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
    if (claimed.count === 0) return false;
    await tx.admin.update({ where: { id: row.adminId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await tx.passwordResetToken.deleteMany({ where: { adminId: row.adminId, id: { not: row.id } } });
    return true;
  });
  if (!spent) return { ok: false, error: INVALID_RESET_LINK };
  await audit(db, { action: "password.reset", organisationId: row.admin.organisationId, adminId: row.adminId, ip: input.ip });
  return { ok: true };
}
