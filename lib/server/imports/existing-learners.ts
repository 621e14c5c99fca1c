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
  db: Pick<PrismaClient, "$queryRaw">,
  organisationId: string,
  emailKeys: string[],
  opts: { withGroups?: boolean } = {},
) {
  const found = new Map<string, StoredLearner>();
  for (let i = 0; i < emailKeys.length; i += LOOKUP_BATCH) {
    // One probe of the (organisationId, emailKey) index per key, whatever the statistics say: while an
    // import grows the organisation faster than autovacuum analyses it, `emailKey IN (…)` was planned
    // as a scan of all the organisation's learners, once per chunk.
    const rows = await db.$queryRaw<{ id: string; emailKey: string; firstName: string; lastName: string; active: boolean; customFields: Record<string, string> | null }[]>`
      SELECT l.* FROM unnest(${emailKeys.slice(i, i + LOOKUP_BATCH)}::text[]) AS k(key)
      CROSS JOIN LATERAL (
        SELECT "id", "emailKey", "firstName", "lastName", "active", "customFields" FROM "Learner"
        WHERE "organisationId" = ${organisationId} AND "emailKey" = k.key LIMIT 1
      ) AS l`;
    for (const row of rows) found.set(row.emailKey, { ...row, customFields: row.customFields ?? {} });
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
