import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";

/** The organisation's current admins (owners first, then by name) and its invitations still waiting for an answer. */
export async function listTeam(db: PrismaClient, organisationId: string) {
  const [admins, invitations] = await Promise.all([
    db.admin.findMany({
      where: { organisationId, removedAt: null },
      select: { id: true, name: true, username: true, email: true, role: true, lastLoginAt: true, createdAt: true },
      orderBy: [{ role: "asc" }, { name: "asc" }],
    }),
    db.adminInvitation.findMany({
      where: { organisationId, acceptedAt: null, revokedAt: null },
      select: { id: true, name: true, email: true, role: true, expiresAt: true, sentAt: true, invitedBy: { select: { name: true } } },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  return { admins, invitations };
}

export type TeamList = Awaited<ReturnType<typeof listTeam>>;
