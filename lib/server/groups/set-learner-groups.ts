import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { audit } from "@/lib/server/audit";
import type { GroupResult } from "./group-rules";

/** The learner page's answer for a learner that isn't this organisation's. */
export const LEARNER_NOT_FOUND = "This user doesn't exist in your organisation any more. Go back to Users and refresh the list.";

/**
 * Puts one learner in exactly these groups. Ids of groups that aren't the
 * organisation's (deleted since, or another's) are ignored, like the
 * learner's own: nothing outside the organisation is touched.
 */
export async function setLearnerGroups(
  db: PrismaClient,
  organisationId: string,
  input: { learnerId: string; groupIds: string[]; adminId: string | null },
): Promise<GroupResult<{ added: number; removed: number }>> {
  const learner = await db.learner.findFirst({ where: { id: input.learnerId, organisationId }, select: { id: true } });
  if (!learner) return { ok: false, error: LEARNER_NOT_FOUND };
  const groupIds = [...new Set(input.groupIds)];
  const [removed, added] = await db.$transaction([
    db.$executeRaw`DELETE FROM "GroupMember" WHERE "learnerId" = ${learner.id} AND NOT ("groupId" = ANY(${groupIds}::text[]))`,
    db.$executeRaw`
      INSERT INTO "GroupMember" ("groupId", "learnerId", "createdAt")
      SELECT g."id", ${learner.id}, now() FROM "Group" g WHERE g."organisationId" = ${organisationId} AND g."id" = ANY(${groupIds}::text[])
      ON CONFLICT DO NOTHING`,
  ]);
  if (added + removed > 0) {
    await audit(db, { action: "groups.members_changed", organisationId, adminId: input.adminId, detail: { learnerId: learner.id, change: "set", groupIds, added, removed } });
  }
  return { ok: true, data: { added, removed } };
}
