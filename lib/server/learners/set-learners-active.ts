import type { PrismaClient } from "@/generated/prisma/client";
import { audit, type AuditToken } from "@/lib/server/audit";

export interface SetLearnersActiveResult {
  changed: number;
  /** The learners this call archived or restored. */
  changedIds: string[];
  /** Selected ids that match no learner of this organisation: deleted since, or never its own (the two look alike on purpose). */
  missing: number;
}

/**
 * Archives (active = false) or restores the given learners of this
 * organisation. Ids of other organisations and learners already in the
 * requested state are left alone, so a stale or forged selection changes
 * nothing it shouldn't; `missing` lets the admin tell a stale list from a
 * selection that needed nothing.
 */
export async function setLearnersActive(
  db: PrismaClient,
  organisationId: string,
  input: { ids: string[]; active: boolean; adminId: string | null; token?: AuditToken | null },
): Promise<SetLearnersActiveResult> {
  // Counted first: a learner deleted meanwhile then reads as already done, never as a negative count.
  const found = await db.learner.count({ where: { organisationId, id: { in: input.ids } } });
  const changedIds = (
    await db.learner.updateManyAndReturn({
      where: { organisationId, id: { in: input.ids }, active: !input.active },
      data: { active: input.active },
      select: { id: true },
    })
  ).map((learner) => learner.id);
  const count = changedIds.length;
  if (count > 0) {
    await audit(db, {
      action: input.active ? "learners.unarchived" : "learners.archived",
      organisationId,
      adminId: input.adminId,
      token: input.token,
      detail: { count, learnerIds: changedIds },
    });
  }
  return { changed: count, changedIds, missing: new Set(input.ids).size - found };
}
