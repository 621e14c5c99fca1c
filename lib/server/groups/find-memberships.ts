import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { sortGroupNames } from "@/lib/imports/groups-cell";
import type { GroupRef } from "./find-groups-by-key";

const LOOKUP_BATCH = 10_000;

/**
 * The groups of each of these learners, names sorted as people read them;
 * a learner in no group is absent. One query per 10,000 learners.
 */
export async function findMemberships(db: Pick<PrismaClient, "$queryRaw">, learnerIds: string[]): Promise<Map<string, GroupRef[]>> {
  const found = new Map<string, GroupRef[]>();
  for (let i = 0; i < learnerIds.length; i += LOOKUP_BATCH) {
    const rows = await db.$queryRaw<{ learnerId: string; id: string; name: string }[]>`
      SELECT gm."learnerId", g."id", g."name" FROM "GroupMember" gm JOIN "Group" g ON g."id" = gm."groupId"
      WHERE gm."learnerId" = ANY(${learnerIds.slice(i, i + LOOKUP_BATCH)}::text[])`;
    for (const { learnerId, id, name } of rows) {
      const groups = found.get(learnerId);
      if (groups) groups.push({ id, name });
      else found.set(learnerId, [{ id, name }]);
    }
  }
  for (const [learnerId, groups] of found) {
    if (groups.length < 2) continue;
    const byName = new Map(groups.map((group) => [group.name, group]));
    found.set(learnerId, sortGroupNames([...byName.keys()]).map((name) => byName.get(name)!));
  }
  return found;
}
