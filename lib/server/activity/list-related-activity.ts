import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { type ActivityRow, type AuditRecord, describeRecords } from "./list-activity";

export const RELATED_ACTIVITY_LIMIT = 20;

/**
 * The newest entries about one user or one import (archived, unarchived,
 * regrouped, synced; retried, undone), so their pages can name who did it.
 * Containment (@>) reads the GIN index on detail; the organisation is in the
 * WHERE too, so another organisation's entries never match.
 */
export async function listRelatedActivity(
  db: Pick<PrismaClient, "$queryRaw" | "admin">,
  organisationId: string,
  about: { learnerId: string } | { importId: string },
): Promise<ActivityRow[]> {
  const match =
    "learnerId" in about
      ? Prisma.sql`("detail" @> ${JSON.stringify({ learnerIds: [about.learnerId] })}::jsonb OR "detail" @> ${JSON.stringify({ learnerId: about.learnerId })}::jsonb)`
      : Prisma.sql`"detail" @> ${JSON.stringify({ importId: about.importId })}::jsonb`;
  const records = await db.$queryRaw<AuditRecord[]>`
    SELECT "id", "action", "detail", "adminId", "apiTokenId", "ip", "createdAt" FROM "AuditLog"
    WHERE "organisationId" = ${organisationId} AND ${match}
    ORDER BY "createdAt" DESC, "id" DESC
    LIMIT ${RELATED_ACTIVITY_LIMIT}`;
  return describeRecords(db, organisationId, records);
}
