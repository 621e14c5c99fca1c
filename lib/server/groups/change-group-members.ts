import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { audit } from "@/lib/server/audit";
import { GROUP_NOT_FOUND, type GroupResult } from "./group-rules";

export interface GroupMembersResult {
  /** The group's name, for the confirmation. */
  group: string;
  /** Learners added or removed. */
  changed: number;
  /** Selected ids that match no learner of this organisation (deleted since, or never its own: the two look alike). */
  missing: number;
}

/**
 * Adds the selected learners to one group, or removes them from it, in one
 * statement. Only this organisation's learners and group are touched; a
 * learner already in (or not in) the group counts as needing nothing.
 */
export async function changeGroupMembers(
  db: PrismaClient,
  organisationId: string,
  input: { groupId: string; ids: string[]; change: "add" | "remove"; adminId: string | null },
): Promise<GroupResult<GroupMembersResult>> {
  const group = await db.group.findFirst({ where: { id: input.groupId, organisationId }, select: { id: true, name: true } });
  if (!group) return { ok: false, error: GROUP_NOT_FOUND };
  const ids = [...new Set(input.ids)];
  const found = await db.learner.count({ where: { organisationId, id: { in: ids } } });
  const changed =
    input.change === "add"
      ? await db.$executeRaw`
          INSERT INTO "GroupMember" ("groupId", "learnerId", "createdAt")
          SELECT ${group.id}, l."id", now() FROM "Learner" l WHERE l."organisationId" = ${organisationId} AND l."id" = ANY(${ids}::text[])
          ON CONFLICT DO NOTHING`
      : await db.$executeRaw`
          DELETE FROM "GroupMember" gm USING "Learner" l
          WHERE gm."groupId" = ${group.id} AND gm."learnerId" = l."id" AND l."organisationId" = ${organisationId} AND l."id" = ANY(${ids}::text[])`;
  if (changed > 0) {
    await audit(db, { action: "groups.members_changed", organisationId, adminId: input.adminId, detail: { groupId: group.id, name: group.name, change: input.change, count: changed, learnerIds: ids } });
  }
  return { ok: true, data: { group: group.name, changed, missing: ids.length - found } };
}
