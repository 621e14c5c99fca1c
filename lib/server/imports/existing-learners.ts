import type { PrismaClient } from "@/generated/prisma/client";
import type { ExistingLearner } from "@/lib/imports/types";
import { findMemberships } from "@/lib/server/groups/find-memberships";

export interface StoredLearner extends ExistingLearner {
  id: string;
  emailKey: string;
  /** Ids of the learner's groups, in the order of `groups`; only when looked up. */
  groupIds?: string[];
}

const LOOKUP_BATCH = 10_000;

/** The organisation's learners with these email keys, keyed by email key; `withGroups` adds their groups. */
export async function findLearnersByEmailKey(
  db: Pick<PrismaClient, "learner" | "$queryRaw">,
  organisationId: string,
  emailKeys: string[],
  opts: { withGroups?: boolean } = {},
) {
  const found = new Map<string, StoredLearner>();
  for (let i = 0; i < emailKeys.length; i += LOOKUP_BATCH) {
    const rows = await db.learner.findMany({
      where: { organisationId, emailKey: { in: emailKeys.slice(i, i + LOOKUP_BATCH) } },
      select: { id: true, emailKey: true, firstName: true, lastName: true, active: true, customFields: true },
    });
    for (const row of rows) found.set(row.emailKey, { ...row, customFields: (row.customFields ?? {}) as Record<string, string> });
  }
  if (opts.withGroups) {
    const memberships = await findMemberships(db, [...found.values()].map((learner) => learner.id));
    for (const learner of found.values()) {
      const groups = memberships.get(learner.id) ?? [];
      learner.groups = groups.map((group) => group.name);
      learner.groupIds = groups.map((group) => group.id);
    }
  }
  return found;
}
