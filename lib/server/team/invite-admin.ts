import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Role } from "@/lib/auth/roles";
import { audit } from "@/lib/server/audit";
import { newToken } from "@/lib/server/auth/tokens";
import { sendInvitationEmail } from "./send-invitation-email";
import { INVITATION_DAYS, TEAM_ERRORS, type TeamResult } from "./team-rules";

/**
 * Invites someone to the team with a single-use link, valid for a week. Only
 * the SHA-256 of the link's token is stored, as for reset links.
 */
export async function inviteAdmin(
  db: PrismaClient,
  organisationId: string,
  input: { name: string; email: string; role: Role; invitedBy: { id: string; name: string } },
): Promise<TeamResult<{ id: string }>> {
  const email = { equals: input.email.trim(), mode: "insensitive" as const };
  if (await db.admin.count({ where: { organisationId, removedAt: null, email } })) return { ok: false, error: TEAM_ERRORS.alreadyOnTeam };
  if (await db.adminInvitation.count({ where: { organisationId, acceptedAt: null, revokedAt: null, email } })) return { ok: false, error: TEAM_ERRORS.alreadyInvited };

  const { token, tokenHash } = newToken();
  const invitation = await db.adminInvitation.create({
    data: { organisationId, name: input.name, email: input.email, role: input.role, tokenHash, invitedById: input.invitedBy.id, expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000) },
    select: { id: true, organisation: { select: { name: true } } },
  });
  await sendInvitationEmail(db, { organisationId, organisationName: invitation.organisation.name, inviterName: input.invitedBy.name, name: input.name, email: input.email, role: input.role, token });
  await audit(db, { action: "admin.invited", organisationId, adminId: input.invitedBy.id, detail: { invitationId: invitation.id, name: input.name, email: input.email, role: input.role } });
  return { ok: true, data: { id: invitation.id } };
}
