import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Role } from "@/lib/auth/roles";
import { audit } from "@/lib/server/audit";
import { newToken } from "@/lib/server/auth/tokens";
import { invitationUrl, sendInvitationEmail } from "./send-invitation-email";
import { INVITATION_DAYS, TEAM_ERRORS, type TeamResult } from "./team-rules";

/** What became of the invitation email: sent by the provider, kept in the outbox (no RESEND_API_KEY), or refused by the provider. */
export type InvitationDelivery = { status: "sent" } | { status: "outbox" } | { status: "failed"; error: string };

export interface Invitation {
  id: string;
  /** The single-use link. For the command line, which hands it over itself when no email went out; never send it to a browser. */
  acceptUrl: string;
  delivery: InvitationDelivery;
}

/**
 * Invites someone to the team with a single-use link, valid for a week. Only
 * the SHA-256 of the link's token is stored, as for reset links. Without
 * `invitedBy` the invitation comes from the command line (an organisation's
 * first owner). The invitation stands even when the email can't be sent:
 * it can be resent, and the command line prints its link.
 */
export async function inviteAdmin(
  db: PrismaClient,
  organisationId: string,
  input: { name: string; email: string; role: Role; invitedBy?: { id: string; name: string } },
): Promise<TeamResult<Invitation>> {
  const email = { equals: input.email.trim(), mode: "insensitive" as const };
  if (await db.admin.count({ where: { organisationId, removedAt: null, email } })) return { ok: false, error: TEAM_ERRORS.alreadyOnTeam };
  if (await db.adminInvitation.count({ where: { organisationId, acceptedAt: null, revokedAt: null, email } })) return { ok: false, error: TEAM_ERRORS.alreadyInvited };

  const { token, tokenHash } = newToken();
  const invitation = await db.adminInvitation.create({
    data: { organisationId, name: input.name, email: input.email, role: input.role, tokenHash, invitedById: input.invitedBy?.id ?? null, expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000) },
    select: { id: true, organisation: { select: { name: true } } },
  });
  const delivery = await deliver(() =>
    sendInvitationEmail(db, { organisationId, organisationName: invitation.organisation.name, inviterName: input.invitedBy?.name ?? null, name: input.name, email: input.email, role: input.role, token }),
  );
  const detail = { invitationId: invitation.id, name: input.name, email: input.email, role: input.role };
  await audit(db, { action: "admin.invited", organisationId, adminId: input.invitedBy?.id ?? null, detail: input.invitedBy ? detail : { ...detail, source: "CLI" } });
  return { ok: true, data: { id: invitation.id, acceptUrl: invitationUrl(token), delivery } };
}

async function deliver(send: () => Promise<{ status: string; error: string | null }>): Promise<InvitationDelivery> {
  try {
    const email = await send();
    if (email.status === "SENT") return { status: "sent" };
    if (email.status === "OUTBOX") return { status: "outbox" };
    return { status: "failed", error: email.error ?? "the email provider refused it" };
  } catch (error) {
    return { status: "failed", error: error instanceof Error ? error.message : String(error) };
  }
}
