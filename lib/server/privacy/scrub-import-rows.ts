import type { Prisma } from "@/generated/prisma/client";

export const ERASED_ROW_MESSAGE = "This person's data was erased on request.";

/**
 * Empties the import rows that are about these people: the rows that
 * created or changed them (linked by learnerId) and the ones that never got
 * that far (failed, skipped, duplicate rows) but carry their address in the
 * import's email column. The row and its outcome stay, so every import's
 * counts still add up; `erasedAt` tells undo the person can't come back.
 */
export async function scrubImportRows(tx: Prisma.TransactionClient, organisationId: string, people: { ids: string[]; emailKeys: string[] }): Promise<number> {
  // Drafts' stored review plans quote rows with errors (their addresses included), and deleting a
  // learner makes every plan of the organisation out of date anyway: the next review recomputes.
  await tx.$executeRaw`
    DELETE FROM "ImportRowPlan" p USING "ImportJob" j
    WHERE j."id" = p."importId" AND j."organisationId" = ${organisationId} AND j."status" = 'DRAFT'`;
  return tx.$executeRaw`
    UPDATE "ImportRow" r
    SET "cells" = '{}', "previous" = NULL, "applied" = NULL, "message" = ${ERASED_ROW_MESSAGE}, "learnerId" = NULL, "erasedAt" = now()
    FROM "ImportJob" j
    WHERE j."id" = r."importId" AND j."organisationId" = ${organisationId}
      AND (r."learnerId" = ANY(${people.ids}::text[])
        OR lower(trim(r."cells"[(SELECT m.key::int + 1 FROM jsonb_each_text(j."mapping") m WHERE m.value = 'email' LIMIT 1)])) = ANY(${people.emailKeys}::text[]))`;
}
