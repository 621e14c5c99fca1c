import type { Prisma } from "@/generated/prisma/client";

/** An invitation link works for a week: long enough for a holiday, short enough not to linger in an inbox. */
export const INVITATION_DAYS = 7;

/** Every refusal the team's functions give, as the sentence the owner reads. */
export const TEAM_ERRORS = {
  adminNotFound: "This person isn't on your team any more. Refresh the page to see the current team.",
  invitationNotFound: "This invitation doesn't exist any more. Refresh the page to see the current invitations.",
  invitationSpent: "This invitation has already been accepted or revoked.",
  alreadyOnTeam: "Someone with this email address is already on your team.",
  alreadyInvited: "This address already has an invitation waiting. Resend it from the list instead.",
  lastOwner: "Your organisation needs at least one owner. Make someone else an owner first.",
  usernameTaken: "That username is taken. Choose another one.",
  invalidLink: "This invitation link has expired, was replaced by a newer one or has already been used. Ask the person who invited you (for a new organisation, whoever set it up in Rollcall) to send a new one.",
} as const;

export type TeamResult<T = undefined> = { ok: true; data: T } | { ok: false; error: string; field?: "username" | "password" };

/**
 * Locks every current admin row of the organisation, so role changes and
 * removals queue behind each other: each one counts the owners after the one
 * before it committed, and two owners demoting each other at once can't leave
 * none.
 */
export async function lockTeam(tx: Prisma.TransactionClient, organisationId: string) {
  return tx.$queryRaw<{ id: string; role: "OWNER" | "ADMIN" | "VIEWER" }[]>`
    SELECT id, role::text AS role FROM "Admin" WHERE "organisationId" = ${organisationId} AND "removedAt" IS NULL ORDER BY id FOR UPDATE`;
}
