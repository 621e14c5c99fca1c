import type { PrismaClient } from "@/generated/prisma/client";
import { personMatcher } from "@/lib/privacy/scrub-json";
import { audit, type AuditToken } from "@/lib/server/audit";
import { ERASED_PERSON_SELECT, likePatterns, toErasedPerson } from "./erased-person";
import { scrubApiAnswers } from "./scrub-api-answers";
import { scrubAuditLog } from "./scrub-audit-log";
import { scrubEmails } from "./scrub-emails";
import { scrubImportRows } from "./scrub-import-rows";
import { scrubScimErrors } from "./scrub-scim-errors";
import { scrubWelcomeBatches } from "./scrub-welcome-batches";

/** People erased per transaction: each batch's scans of the organisation's rows stay short. */
export const ERASE_BATCH_SIZE = 200;

export interface EraseLearnersResult {
  erased: number;
  /** Selected ids that match no learner of this organisation (erased already, or never its own: answered alike). */
  missing: number;
}

/**
 * Erases learners on request (GDPR art. 17): deletes each one, with their
 * group memberships, membership history and activation token, and removes
 * what identifies them from every other record Rollcall keeps (import rows,
 * stored emails, the activity log, failed SCIM requests, replayable API
 * answers, welcome batches), leaving counts. One transaction per batch, under the
 * organisation's lock that imports and undo take, so no import applies a
 * row to someone half erased. The log records how many, never who.
 */
export async function eraseLearners(
  db: PrismaClient,
  organisationId: string,
  input: { ids: string[]; adminId: string | null; token?: AuditToken | null },
): Promise<EraseLearnersResult> {
  const ids = [...new Set(input.ids)];
  let erased = 0;
  for (let start = 0; start < ids.length; start += ERASE_BATCH_SIZE) {
    const batch = ids.slice(start, start + ERASE_BATCH_SIZE);
    erased += await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${organisationId}))`;
        const learners = await tx.learner.findMany({ where: { organisationId, id: { in: batch } }, select: ERASED_PERSON_SELECT });
        if (learners.length === 0) return 0;
        const people = learners.map(toErasedPerson);
        const keys = { ids: learners.map((l) => l.id), emailKeys: learners.map((l) => l.emailKey) };
        const patterns = likePatterns(people);
        const matches = personMatcher(people);
        await scrubImportRows(tx, organisationId, keys);
        await scrubEmails(tx, organisationId, keys);
        await scrubAuditLog(tx, organisationId, patterns, matches);
        await scrubScimErrors(tx, organisationId, patterns, keys.ids);
        await scrubApiAnswers(tx, organisationId, patterns, matches);
        await scrubWelcomeBatches(tx, organisationId, keys.ids);
        // Group memberships and their history go with the learner (ON DELETE CASCADE).
        const { count } = await tx.learner.deleteMany({ where: { organisationId, id: { in: keys.ids } } });
        await audit(tx, { action: "learners.erased", organisationId, adminId: input.adminId, token: input.token, detail: { count } });
        return count;
      },
      { timeout: 300_000, maxWait: 60_000 },
    );
  }
  return { erased, missing: ids.length - erased };
}
