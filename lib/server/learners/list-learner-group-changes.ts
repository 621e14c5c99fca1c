import type { PrismaClient } from "@/generated/prisma/client";

export const LEARNER_GROUP_CHANGES_LIMIT = 50;

/**
 * The group memberships this learner gained or lost outside imports (directory
 * sync), newest first. Imports keep their group changes on their rows; these
 * are written by the statement that changed the membership.
 */
export function listLearnerGroupChanges(db: Pick<PrismaClient, "groupMembershipChange">, organisationId: string, learnerId: string) {
  return db.groupMembershipChange.findMany({
    where: { learnerId, learner: { organisationId } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LEARNER_GROUP_CHANGES_LIMIT,
    select: { id: true, groupId: true, groupName: true, added: true, source: true, actor: true, createdAt: true },
  });
}

export type LearnerGroupChangeRow = Awaited<ReturnType<typeof listLearnerGroupChanges>>[number];
