import type { Prisma } from "@/generated/prisma/client";
import { type Json, mentions, scrubJson } from "@/lib/privacy/scrub-json";

/**
 * Removes these people from the API answers kept for Idempotency-Key
 * replays (a created user, an import's summary): a retry within the day
 * gets the answer without them.
 */
export async function scrubApiAnswers(tx: Prisma.TransactionClient, organisationId: string, patterns: string[], matches: (value: string) => boolean): Promise<number> {
  const candidates = await tx.$queryRaw<{ key: string; response: Json }[]>`
    SELECT "key", "response" FROM "ApiIdempotencyKey" WHERE "organisationId" = ${organisationId} AND "response"::text ILIKE ANY(${patterns}::text[])`;
  let changed = 0;
  for (const row of candidates) {
    if (!mentions(row.response, matches)) continue;
    await tx.apiIdempotencyKey.update({ where: { organisationId_key: { organisationId, key: row.key } }, data: { response: scrubJson(row.response, matches) as Prisma.InputJsonValue } });
    changed++;
  }
  return changed;
}
