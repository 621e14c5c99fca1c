import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { audit } from "@/lib/server/audit";
import { TEAM_ERRORS, type TeamResult } from "./team-rules";

/** Withdraws a waiting invitation: its link stops working at once. */
export async function revokeInvitation(db: PrismaClient, organisationId: string, input: { invitationId: string; adminId: string }): Promise<TeamResult<{ email: string }>> {
  const invitation = await db.adminInvitation.findFirst({ where: { id: input.invitationId, organisationId }, select: { id: true, email: true } });
  if (!invitation) return { ok: false, error: TEAM_ERRORS.invitationNotFound };
  const revoked = await db.adminInvitation.updateMany({ where: { id: invitation.id, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
  if (revoked.count === 0) return { ok: false, error: TEAM_ERRORS.invitationSpent };
  await audit(db, { action: "admin.invitation_revoked", organisationId, adminId: input.adminId, detail: { invitationId: invitation.id, email: invitation.email } });
  return { ok: true, data: { email: invitation.email } };
}
