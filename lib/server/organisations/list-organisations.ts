import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";

export interface OrganisationSummary {
  slug: string;
  name: string;
  createdAt: Date;
  /** Current admins (removed ones not counted). */
  admins: number;
  /** Invitations still waiting to be accepted (an organisation created by `org create` starts with its owner's). */
  pendingInvitations: number;
  learners: number;
}

/** Every organisation of the installation, oldest first: for the operator's command line, never for an organisation's admins. */
export async function listOrganisations(db: PrismaClient): Promise<OrganisationSummary[]> {
  const now = new Date();
  const organisations = await db.organisation.findMany({
    orderBy: [{ createdAt: "asc" }, { slug: "asc" }],
    select: {
      slug: true,
      name: true,
      createdAt: true,
      _count: {
        select: {
          admins: { where: { removedAt: null } },
          invitations: { where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } } },
          learners: true,
        },
      },
    },
  });
  return organisations.map(({ _count, ...o }) => ({ ...o, admins: _count.admins, pendingInvitations: _count.invitations, learners: _count.learners }));
}
