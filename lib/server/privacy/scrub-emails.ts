import type { Prisma } from "@/generated/prisma/client";

export const ERASED_EMAIL = "(erased on request)";

/**
 * Blanks the stored emails sent to these people (welcome emails, and any
 * other sent to their address): recipient, subject and body. The row stays
 * with its kind, status and import, so an import's welcome summary keeps its counts.
 * One still waiting to go out is skipped, as for a learner archived meanwhile.
 */
export async function scrubEmails(tx: Prisma.TransactionClient, organisationId: string, people: { ids: string[]; emailKeys: string[] }): Promise<number> {
  return tx.$executeRaw`
    UPDATE "Email" SET "to" = ${ERASED_EMAIL}, "subject" = ${ERASED_EMAIL}, "html" = '', "text" = '', "error" = NULL, "learnerId" = NULL,
      "status" = CASE WHEN "status" = 'QUEUED' THEN 'SKIPPED'::"EmailStatus" ELSE "status" END
    WHERE "organisationId" = ${organisationId} AND ("learnerId" = ANY(${people.ids}::text[]) OR lower(trim("to")) = ANY(${people.emailKeys}::text[]))`;
}
