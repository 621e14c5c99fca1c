import type { PrismaClient } from "@/generated/prisma/client";

const WINDOW_MS = 60_000;

export interface RateCount {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** When the current window ends and the count starts again. */
  resetAt: Date;
}

/**
 * Counts a request against the token's per-minute limit. Kept in PostgreSQL
 * (one upsert per request), so the limit holds across app processes, and
 * claim-then-check like the login throttle: simultaneous requests can't all
 * slip under it. A token's first request of a minute clears its old minutes.
 */
export async function countApiRequest(db: PrismaClient, tokenId: string, limit: number, now = new Date()): Promise<RateCount> {
  const windowStart = new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "ApiRateWindow" ("tokenId", "windowStart", "count") VALUES (${tokenId}, ${windowStart}, 1)
    ON CONFLICT ("tokenId", "windowStart") DO UPDATE SET "count" = "ApiRateWindow"."count" + 1
    RETURNING "count"`;
  const count = row!.count;
  if (count === 1) await db.$executeRaw`DELETE FROM "ApiRateWindow" WHERE "tokenId" = ${tokenId} AND "windowStart" < ${windowStart}`;
  return { allowed: count <= limit, limit, remaining: Math.max(0, limit - count), resetAt: new Date(windowStart.getTime() + WINDOW_MS) };
}
