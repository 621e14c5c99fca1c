import type { Prisma } from "@/generated/prisma/client";
import { type Json, mentions, scrubJson } from "@/lib/privacy/scrub-json";

/**
 * Takes these people out of the organisation's activity log: their ids
 * (links to a user, lists of learners an action touched), their email or
 * directory userName, and any value that is exactly their name or a field
 * value of theirs (a search, an export's filter). The entries stay with
 * their counts, so the log still says what was done, just not to whom.
 */
export async function scrubAuditLog(tx: Prisma.TransactionClient, organisationId: string, patterns: string[], matches: (value: string) => boolean): Promise<number> {
  const candidates = await tx.$queryRaw<{ id: bigint; detail: Json }[]>`
    SELECT "id", "detail" FROM "AuditLog" WHERE "organisationId" = ${organisationId} AND "detail"::text ILIKE ANY(${patterns}::text[])`;
  let changed = 0;
  for (const entry of candidates) {
    if (!mentions(entry.detail, matches)) continue;
    await tx.auditLog.update({ where: { id: entry.id }, data: { detail: scrubJson(entry.detail, matches) as Prisma.InputJsonValue } });
    changed++;
  }
  return changed;
}
