import type { PrismaClient } from "@/generated/prisma/client";
import { audit } from "@/lib/server/audit";

/**
 * Archives (active = false) or restores the given learners of this
 * organisation and returns how many changed. Ids of other organisations and
 * learners already in the requested state are ignored, so a stale or forged
 * selection changes nothing it shouldn't.
 */
export async function setLearnersActive(
  db: PrismaClient,
  organisationId: string,
  input: { ids: string[]; active: boolean; adminId: string | null },
): Promise<number> {
  const { count } = await db.learner.updateMany({
    where: { organisationId, id: { in: input.ids }, active: !input.active },
    data: { active: input.active },
  });
  if (count > 0) {
    await audit(db, {
      action: input.active ? "learners.unarchived" : "learners.archived",
      organisationId,
      adminId: input.adminId,
      detail: { count, learnerIds: input.ids },
    });
  }
  return count;
}
