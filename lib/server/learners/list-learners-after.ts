import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { WelcomeStatus } from "@/generated/prisma/enums";
import { type LearnerFilter, learnerWhere } from "./learner-filter";

export interface LearnerSyncRecord {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  active: boolean;
  customFields: Record<string, string>;
  welcomeStatus: WelcomeStatus;
  welcomeSentAt: Date | null;
  activatedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Where the previous page ended: its last learner's (updatedAt, id). */
export interface LearnerPosition {
  updatedAt: Date;
  id: string;
}

/**
 * A page of learners in the order they last changed, for programs that
 * walk the whole list or only what changed since their last run. Keyset
 * paging: each page starts after the previous one's last (updatedAt, id),
 * so page 4,000 costs what page 1 does, and a learner changed mid-walk moves
 * to the end (seen again, never skipped).
 */
export async function listLearnersAfter(
  db: Pick<PrismaClient, "$queryRaw">,
  organisationId: string,
  query: LearnerFilter & { updatedSince?: Date; after?: LearnerPosition; limit: number },
): Promise<{ learners: LearnerSyncRecord[]; last: LearnerPosition | null }> {
  const conditions = [learnerWhere(organisationId, query)];
  if (query.updatedSince) conditions.push(Prisma.sql`"updatedAt" >= ${query.updatedSince}`);
  if (query.after) conditions.push(Prisma.sql`("updatedAt", "id") > (${query.after.updatedAt}, ${query.after.id})`);
  const where = Prisma.join(conditions, " AND ");
  const columns = Prisma.sql`"id", "email", "firstName", "lastName", "active", "customFields", "welcomeStatus", "welcomeSentAt", "activatedAt", "createdAt", "updatedAt"`;
  // As in listLearners: a search's matches are found first (trigram index), then ordered.
  const rows = query.q?.trim()
    ? await db.$queryRaw<LearnerSyncRecord[]>`
        WITH matches AS MATERIALIZED (SELECT ${columns} FROM "Learner" WHERE ${where})
        SELECT ${columns} FROM matches ORDER BY "updatedAt", "id" LIMIT ${query.limit + 1}`
    : await db.$queryRaw<LearnerSyncRecord[]>`
        SELECT ${columns} FROM "Learner" WHERE ${where} ORDER BY "updatedAt", "id" LIMIT ${query.limit + 1}`;
  const learners = rows.slice(0, query.limit).map((row) => ({ ...row, customFields: row.customFields ?? {} }));
  const more = rows.length > query.limit;
  const end = learners.at(-1);
  return { learners, last: more && end ? { updatedAt: end.updatedAt, id: end.id } : null };
}
