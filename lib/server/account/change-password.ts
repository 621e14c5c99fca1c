import type { PrismaClient } from "@/generated/prisma/client";
import { passwordProblem } from "@/lib/auth/password-policy";
import { audit } from "@/lib/server/audit";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";

export type ChangePasswordResult = { ok: true } | { ok: false; field: "currentPassword" | "password"; error: string };

/**
 * Changes an admin's password after checking the current one. Bumping the
 * session version signs out every other session; reset links die too.
 */
export async function changePassword(
  db: PrismaClient,
  adminId: string,
  input: { currentPassword: string; password: string; ip: string },
): Promise<ChangePasswordResult> {
  const admin = await db.admin.findUniqueOrThrow({ where: { id: adminId } });
  if (!(await verifyPassword(input.currentPassword, admin.passwordHash)))
    return { ok: false, field: "currentPassword", error: "Your current password is not correct." };
  const problem = passwordProblem(input.password, [admin.username, admin.name, admin.email.split("@")[0] ?? ""]);
  if (problem) return { ok: false, field: "password", error: problem };

  await db.$transaction([
    db.admin.update({ where: { id: adminId }, data: { passwordHash: await hashPassword(input.password), sessionVersion: { increment: 1 } } }),
    db.passwordResetToken.deleteMany({ where: { adminId } }),
  ]);
  await audit(db, { action: "password.changed", organisationId: admin.organisationId, adminId, ip: input.ip });
  return { ok: true };
}
