import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { insertWelcomeBatches, type WelcomeQueue } from "./store-welcome-batches";

/**
 * Marks the active learners an import created as awaiting their welcome
 * email and stores them in batches, in one statement: the step returns only
 * how many batches there are (at 1,000,000 learners their ids would be
 * ~28 MB, over Inngest's 4 MB per step result). Learners the file put
 * straight into Archived (Active = 0) get none: an archived user has no
 * account to activate. Learners of the import already QUEUED (marked when
 * they were created) are batched with them. Repeating it returns the batches
 * stored the first time, so a replayed fan-out announces the same batches.
 */
export async function queueWelcomeEmails(db: PrismaClient, importId: string): Promise<WelcomeQueue> {
  const { organisationId } = await db.importJob.findUniqueOrThrow({ where: { id: importId }, select: { organisationId: true } });
  const queue = { organisationId, queueId: importId, importId };
  const unbatched = Prisma.sql`NOT EXISTS (SELECT 1 FROM "WelcomeBatch" WHERE "queueId" = ${importId})`;
  // The second SELECT reads the table as it was before the UPDATE, so no learner is in both.
  await db.$executeRaw`
    WITH queued AS (
      UPDATE "Learner" SET "welcomeStatus" = 'QUEUED', "updatedAt" = ${new Date()}
      WHERE "createdByImportId" = ${importId} AND "welcomeStatus" = 'NOT_SENT' AND "active" AND ${unbatched}
      RETURNING "id"
    ), waiting AS (
      SELECT "id" FROM queued
      UNION ALL
      SELECT "id" FROM "Learner" WHERE "createdByImportId" = ${importId} AND "welcomeStatus" = 'QUEUED' AND ${unbatched}
    )
    ${insertWelcomeBatches(queue, Prisma.sql`waiting`)}`;
  const batches = await db.welcomeBatch.count({ where: { queueId: importId } });
  return { organisationId, queueId: importId, batches };
}
