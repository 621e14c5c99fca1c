import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { passwordProblem } from "@/lib/auth/password-policy";
import { audit } from "@/lib/server/audit";
import { hashPassword } from "@/lib/server/auth/password";
import { hashToken } from "@/lib/server/auth/tokens";
import { isUniqueViolation } from "@/lib/server/fields/field-rules";
import { TEAM_ERRORS, type TeamResult } from "./team-rules";

/** The invitation a link's token names, while it can still be accepted: not accepted, revoked, replaced by a resend or expired. */
export async function findValidInvitation(db: PrismaClient, token: string) {
  const invitation = await db.adminInvitation.findUnique({ where: { tokenHash: hashToken(token) }, include: { organisation: { select: { name: true } }, invitedBy: { select: { name: true } } } });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= new Date()) return null;
  return invitation;
}

/**
 * Turns an invitation into an admin with the chosen username and password,
 * in the role the invitation named. The link is spent in the same
 * transaction, by a conditional update, so two uses of it can't both succeed;
 * a taken username leaves the link unspent, to try another one.
 */
export async function acceptInvitation(
  db: PrismaClient,
  input: { token: string; username: string; password: string; ip: string | null },
): Promise<TeamResult<{ username: string }>> {
  const invitation = await findValidInvitation(db, input.token);
  if (!invitation) return { ok: false, error: TEAM_ERRORS.invalidLink };
  const username = input.username.trim().toLowerCase();
  const problem = passwordProblem(input.password, [username, invitation.name, invitation.email.split("@")[0] ?? ""]);
  if (problem) return { ok: false, error: problem, field: "password" };
  if (await db.admin.count({ where: { username } })) return { ok: false, error: TEAM_ERRORS.usernameTaken, field: "username" };

  const passwordHash = await hashPassword(input.password);
  let adminId: string | null;
  try {
    adminId = await db.$transaction(async (tx) => {
      const now = new Date();
      const claimed = await tx.adminInvitation.updateMany({
        where: { id: invitation.id, tokenHash: invitation.tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now },
      });
      if (claimed.count === 0) return null;
      const admin = await tx.admin.create({
        data: { organisationId: invitation.organisationId, username, name: invitation.name, email: invitation.email, role: invitation.role, passwordHash },
      });
      await tx.adminInvitation.update({ where: { id: invitation.id }, data: { adminId: admin.id } });
      return admin.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: TEAM_ERRORS.usernameTaken, field: "username" };
    throw error;
  }
  if (!adminId) return { ok: false, error: TEAM_ERRORS.invalidLink };
  await audit(db, { action: "admin.joined", organisationId: invitation.organisationId, adminId, ip: input.ip, detail: { invitationId: invitation.id, username, role: invitation.role } });
  return { ok: true, data: { username } };
}
