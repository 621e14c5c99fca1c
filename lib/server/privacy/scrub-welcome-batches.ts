import type { Prisma } from "@/generated/prisma/client";

/** Takes these learners out of the welcome batches that name them (a batch still waiting skips them; a sent one forgets them). */
export async function scrubWelcomeBatches(tx: Prisma.TransactionClient, organisationId: string, ids: string[]): Promise<number> {
  return tx.$executeRaw`
    UPDATE "WelcomeBatch" SET "learnerIds" = ARRAY(SELECT id FROM unnest("learnerIds") AS id WHERE id <> ALL(${ids}::text[]))
    WHERE "organisationId" = ${organisationId} AND "learnerIds" && ${ids}::text[]`;
}
