import type { PrismaClient } from "@/generated/prisma/client";

/**
 * How many learners have a non-blank value per custom field key, so the
 * settings page can warn before a type change that existing values won't be
 * converted. One pass over the organisation's learners.
 */
export async function countFieldValues(db: Pick<PrismaClient, "$queryRaw">, organisationId: string): Promise<Record<string, number>> {
  const rows = await db.$queryRaw<{ key: string; count: number }[]>`
    SELECT kv."key", count(*)::int AS "count"
    FROM "Learner" l,
      jsonb_each_text(CASE WHEN jsonb_typeof(l."customFields") = 'object' THEN l."customFields" ELSE '{}'::jsonb END) kv
    WHERE l."organisationId" = ${organisationId} AND kv."value" <> ''
    GROUP BY kv."key"`;
  return Object.fromEntries(rows.map((row) => [row.key, row.count]));
}
