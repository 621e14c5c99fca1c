import type { PrismaClient } from "@/generated/prisma/client";
import { passwordProblem } from "@/lib/auth/password-policy";
import { audit } from "@/lib/server/audit";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { claimAttempt, clearIdentityAttempts, THROTTLED_MESSAGE } from "@/lib/server/auth/throttle";

export type ChangePasswordResult = { ok: true } | { ok: false; field: "currentPassword" | "password"; error: string };

/**
 * Changes an admin's password after checking the current one (at most 5
 * wrong guesses per 15 minutes). Bumping the session version signs out
 * every other session; reset links die too.
 */
export async function changePassword(
  db: PrismaClient,
  adminId: string,
  input: { currentPassword: string; password: string; ip: string | null },
): Promise<ChangePasswordResult> {
  const admin = await db.admin.findUniqueOrThrow({ where: { id: adminId } });
  // Checking the current password is a login in all but name, so it is throttled like one.
  const attempt = await claimAttempt(db, "password-change", admin.id, input.ip);
  if (!attempt.allowed) {
    await attempt.forget();
    return { ok: false, field: "currentPassword", error: THROTTLED_MESSAGE };
  }
  if (!(await verifyPassword(input.currentPassword, admin.passwordHash)))
    return { ok: false, field: "currentPassword", error: "Your current password is not correct." };
  await attempt.forget();
  await clearIdentityAttempts(db, "password-change", admin.id);
  const problem = passwordProblem(input.password, [admin.username, admin.name, admin.email.split("@")[0] ?? ""]);
  if (problem) return { ok: false, field: "password", error: problem };

  await db.$transaction([
    db.admin.update({ where: { id: adminId }, data: { passwordHash: await hashPassword(input.password), sessionVersion: { increment: 1 } } }),
    db.passwordResetToken.deleteMany({ where: { adminId } }),
  ]);
  await audit(db, { action: "password.changed", organisationId: admin.organisationId, adminId, ip: input.ip });
  return { ok: true };
}
