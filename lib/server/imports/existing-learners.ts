import type { PrismaClient } from "@/generated/prisma/client";
import type { ExistingLearner } from "@/lib/imports/types";

export interface StoredLearner extends ExistingLearner {
  id: string;
  emailKey: string;
}

const LOOKUP_BATCH = 10_000;

/** The organisation's learners with these email keys, keyed by email key. */
export async function findLearnersByEmailKey(db: Pick<PrismaClient, "learner">, organisationId: string, emailKeys: string[]) {
  const found = new Map<string, StoredLearner>();
  for (let i = 0; i < emailKeys.length; i += LOOKUP_BATCH) {
    const rows = await db.learner.findMany({
      where: { organisationId, emailKey: { in: emailKeys.slice(i, i + LOOKUP_BATCH) } },
      select: { id: true, emailKey: true, firstName: true, lastName: true, active: true, customFields: true },
    });
    for (const row of rows) found.set(row.emailKey, { ...row, customFields: (row.customFields ?? {}) as Record<string, string> });
  }
  return found;
}
