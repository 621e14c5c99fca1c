import type { PrismaClient } from "@/generated/prisma/client";

export const ARCHIVED_BEFORE_SENDING = "The user was archived before the email went out.";
export const REMOVED_BEFORE_SENDING = "The user was removed (their import was undone) before the email went out.";

/**
 * Takes the welcome emails of learners archived since they were queued, or
 * removed by undoing their import, out of a batch about to be sent: batches
 * wait for Resend's rate limit, long enough for an admin to do either. Each becomes SKIPPED, with no
 * body (its link was never sent), and its learner reads "Not sent" again
 * (or "Sent", if an earlier email did reach them) with the unsent link
 * removed. One statement, so a learner is either skipped or sent, never
 * both. Returns how many were skipped.
 */
export async function skipArchivedRecipients(db: PrismaClient, emailIds: string[]): Promise<number> {
  const skipped = await db.$queryRaw<{ id: string }[]>`
    WITH skipped AS (
      UPDATE "Email" AS e
      SET "status" = 'SKIPPED', "error" = CASE WHEN l."id" IS NULL THEN ${REMOVED_BEFORE_SENDING} ELSE ${ARCHIVED_BEFORE_SENDING} END, "html" = '', "text" = ''
      FROM "Email" AS queued LEFT JOIN "Learner" AS l ON l."id" = queued."learnerId"
      WHERE e."id" = queued."id" AND e."id" = ANY(${emailIds}::text[]) AND e."status" = 'QUEUED' AND e."learnerId" IS NOT NULL
        AND (l."id" IS NULL OR NOT l."active")
      RETURNING e."id", e."learnerId"
    ), reset AS (
      UPDATE "Learner" AS l
      SET "welcomeStatus" = (CASE WHEN l."welcomeSentAt" IS NULL THEN 'NOT_SENT' ELSE 'SENT' END)::"WelcomeStatus",
          "activationTokenHash" = NULL, "activationExpiresAt" = NULL
      FROM skipped WHERE l."id" = skipped."learnerId" AND l."welcomeStatus" = 'QUEUED'
    )
    SELECT "id" FROM skipped`;
  return skipped.length;
}
