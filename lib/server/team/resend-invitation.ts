import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { audit } from "@/lib/server/audit";
import { newToken } from "@/lib/server/auth/tokens";
import { sendInvitationEmail } from "./send-invitation-email";
import { INVITATION_DAYS, TEAM_ERRORS, type TeamResult } from "./team-rules";

/** Sends a waiting invitation again with a new link, valid for another week; the old link stops working (its hash is replaced). */
export async function resendInvitation(db: PrismaClient, organisationId: string, input: { invitationId: string; sentBy: { id: string; name: string } }): Promise<TeamResult<{ email: string }>> {
  const invitation = await db.adminInvitation.findFirst({ where: { id: input.invitationId, organisationId }, include: { organisation: { select: { name: true } } } });
  if (!invitation) return { ok: false, error: TEAM_ERRORS.invitationNotFound };
  const { token, tokenHash } = newToken();
  const now = new Date();
  const renewed = await db.adminInvitation.updateMany({
    where: { id: invitation.id, acceptedAt: null, revokedAt: null },
    data: { tokenHash, sentAt: now, expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000) },
  });
  if (renewed.count === 0) return { ok: false, error: TEAM_ERRORS.invitationSpent };
  await sendInvitationEmail(db, { organisationId, organisationName: invitation.organisation.name, inviterName: input.sentBy.name, name: invitation.name, email: invitation.email, role: invitation.role, token });
  await audit(db, { action: "admin.invitation_resent", organisationId, adminId: input.sentBy.id, detail: { invitationId: invitation.id, email: invitation.email } });
  return { ok: true, data: { email: invitation.email } };
}
