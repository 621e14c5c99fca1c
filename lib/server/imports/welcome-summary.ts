import type { PrismaClient } from "@/generated/prisma/client";

export interface WelcomeSummary {
  /** Sent through Resend, or kept in the outbox. */
  sent: number;
  /** Queued: prepared and waiting for Resend, or not prepared yet. */
  waiting: number;
  failed: number;
  /** New users the file put straight into Archived: never queued. */
  importedArchived: number;
  /** Queued, then archived (or removed by undoing the import) before the email went out (SKIPPED). */
  archivedBeforeSending: number;
}

/**
 * What became of the welcome emails an import was to send, for its page.
 * Counted from the import's own emails and rows, so a later resend from
 * the users list doesn't change the import's record.
 */
export async function welcomeSummary(db: PrismaClient, organisationId: string, importId: string): Promise<WelcomeSummary> {
  const [counts] = await db.$queryRaw<WelcomeSummary[]>`
    SELECT
      count(*) FILTER (WHERE e."status" IN ('SENT', 'OUTBOX'))::int AS "sent",
      (count(*) FILTER (WHERE e."status" = 'QUEUED') + (
        SELECT count(*) FROM "Learner" AS l
        WHERE l."organisationId" = ${organisationId} AND l."createdByImportId" = ${importId} AND l."welcomeStatus" = 'QUEUED'
          AND NOT EXISTS (SELECT 1 FROM "Email" AS p WHERE p."learnerId" = l."id" AND p."importId" = ${importId} AND p."kind" = 'WELCOME')
      ))::int AS "waiting",
      count(*) FILTER (WHERE e."status" = 'FAILED')::int AS "failed",
      (SELECT count(*) FROM "ImportRow" AS r JOIN "ImportJob" AS j ON j."id" = r."importId"
        WHERE j."id" = ${importId} AND j."organisationId" = ${organisationId}
          AND r."outcome" = 'CREATED' AND (r."applied"->>'active')::boolean IS FALSE)::int AS "importedArchived",
      count(*) FILTER (WHERE e."status" = 'SKIPPED')::int AS "archivedBeforeSending"
    FROM "Email" AS e
    WHERE e."organisationId" = ${organisationId} AND e."importId" = ${importId} AND e."kind" = 'WELCOME'`;
  return counts!;
}
