import type { PrismaClient } from "@/generated/prisma/client";
import { sendEmail } from "@/lib/email/send";
import { PasswordResetEmail } from "@/lib/email/templates/password-reset";
import { appUrl } from "@/lib/env";
import { audit } from "@/lib/server/audit";
import { newToken } from "./tokens";

export const RESET_TOKEN_MINUTES = 60;

/**
 * Issues a single-use reset link to each admin with this email. Issuing a
 * new link invalidates every older one of that admin.
 */
export async function requestPasswordReset(db: PrismaClient, email: string, ip: string | null) {
  const admins = await db.admin.findMany({ where: { email: { equals: email.trim(), mode: "insensitive" }, removedAt: null } });
  for (const admin of admins) {
    const { token, tokenHash } = newToken();
    await db.$transaction(async (tx) => {
      // Locking the admin's row queues simultaneous requests, so each one's delete sees the link
      // the one before it created: exactly one link is ever live.
      await tx.$executeRaw`SELECT 1 FROM "Admin" WHERE id = ${admin.id} FOR UPDATE`;
      await tx.passwordResetToken.deleteMany({ where: { adminId: admin.id } });
      await tx.passwordResetToken.create({
        data: { adminId: admin.id, tokenHash, expiresAt: new Date(Date.now() + RESET_TOKEN_MINUTES * 60_000) },
      });
    });
    await sendEmail(db, {
      to: admin.email,
      kind: "PASSWORD_RESET",
      subject: "Reset your Rollcall password",
      body: PasswordResetEmail({ name: admin.name, resetUrl: `${appUrl()}/reset-password?token=${token}`, minutes: RESET_TOKEN_MINUTES }),
      organisationId: admin.organisationId,
    });
    await audit(db, { action: "password.reset_requested", organisationId: admin.organisationId, adminId: admin.id, ip });
  }
}
