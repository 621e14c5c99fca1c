import type { PrismaClient } from "@/generated/prisma/client";
import { audit, type AuditToken } from "@/lib/server/audit";
import { countErasedRows } from "./count-erased-rows";
import { purgedImportMessage } from "@/lib/server/retention/retention-policy";

export interface UndoSummary {
  deleted: number;
  archived: number;
  restored: number;
  keptChanged: number;
  /** Groups the import created that no one is in any more, deleted with it (absent on imports undone before groups). */
  groupsDeleted?: number;
  /** People it created or updated who were erased on request since: skipped, they can't come back (present only when there were some). */
  erased?: number;
}

export type UndoResult = { ok: true; summary: UndoSummary } | { ok: false; error: string };

// A learner is "as the import left it" when its profile equals the values the import wrote, and,
// when the row set groups, its groups are the ones the import left (ids, compared as sorted arrays).
const UNCHANGED_SINCE = `l."firstName" = r."applied"->>'firstName' AND l."lastName" = r."applied"->>'lastName'
  AND l."active" = (r."applied"->>'active')::boolean AND l."customFields" = r."applied"->'customFields'
  AND (r."applied"->'groups' IS NULL
    OR ARRAY(SELECT gm."groupId" FROM "GroupMember" gm WHERE gm."learnerId" = l."id" ORDER BY 1)
       = ARRAY(SELECT jsonb_array_elements_text(r."applied"->'groups') ORDER BY 1))`;

/**
 * Restores the updated learners still as the import left them, in one
 * statement: their profile, and, where the row set groups, exactly the
 * groups they had before (groups deleted since can't come back). Removing
 * and re-adding touch different memberships, so they can share the statement.
 */
const RESTORE_UPDATED = `
  WITH restorable AS MATERIALIZED (
    SELECT l."id", r."previous", r."applied" FROM "Learner" l JOIN "ImportRow" r ON l."id" = r."learnerId"
    WHERE r."importId" = $1 AND l."organisationId" = $2 AND r."outcome" = 'UPDATED' AND ${UNCHANGED_SINCE}
  ),
  restored AS (
    UPDATE "Learner" l SET "firstName" = x."previous"->>'firstName', "lastName" = x."previous"->>'lastName',
      "active" = (x."previous"->>'active')::boolean, "customFields" = x."previous"->'customFields', "updatedAt" = now()
    FROM restorable x WHERE l."id" = x."id"
    RETURNING l."id"
  ),
  left_groups AS (
    DELETE FROM "GroupMember" gm USING restorable x
    WHERE gm."learnerId" = x."id" AND x."applied"->'groups' IS NOT NULL
      AND NOT (coalesce(x."previous"->'groups', '[]'::jsonb) @> to_jsonb(gm."groupId"))
    RETURNING 1
  ),
  rejoined_groups AS (
    INSERT INTO "GroupMember" ("groupId", "learnerId", "createdAt")
    SELECT g."id", x."id", now() FROM restorable x
    CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(x."previous"->'groups', '[]'::jsonb)) AS p(group_id)
    JOIN "Group" g ON g."id" = p.group_id AND g."organisationId" = $2
    WHERE x."applied"->'groups' IS NOT NULL
    ON CONFLICT DO NOTHING
    RETURNING 1
  )
  SELECT count(*)::int AS "restored" FROM restored`;

/**
 * Reverts a completed import in one transaction: learners it created are
 * deleted, or archived when they have been changed since; learners it
 * updated get their previous values back unless they have been changed
 * since (then they are left alone, and counted); their groups come back
 * too, and groups the import created that are now empty go. People erased
 * since (their rows emptied, unlinked and marked erasedAt) are skipped and
 * counted: nothing is left to bring back. Set-based, like the import.
 */
export async function undoImport(db: PrismaClient, organisationId: string, importId: string, by: { adminId: string | null; token?: AuditToken | null }): Promise<UndoResult> {
  const job = await db.importJob.findFirst({ where: { id: importId, organisationId } });
  if (!job) return { ok: false, error: "This import doesn't exist." };
  if (job.dataPurgedAt) return { ok: false, error: purgedImportMessage(job.dataPurgedAt, "it can no longer be undone") };
  if (job.status !== "COMPLETED") return { ok: false, error: "Only a completed import can be undone." };

  const summary = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${organisationId}))`;
      const claimed = await tx.importJob.updateMany({ where: { id: importId, status: "COMPLETED", dataPurgedAt: null }, data: { status: "UNDONE", undoneAt: new Date() } });
      if (claimed.count === 0) return null;
      const scope = `FROM "ImportRow" r WHERE r."importId" = $1 AND l."id" = r."learnerId" AND l."organisationId" = $2`;
      const deleted = await tx.$executeRawUnsafe(`DELETE FROM "Learner" l USING "ImportRow" r WHERE r."importId" = $1 AND l."id" = r."learnerId" AND l."organisationId" = $2 AND r."outcome" = 'CREATED' AND ${UNCHANGED_SINCE}`, importId, organisationId);
      const archived = await tx.$executeRawUnsafe(`UPDATE "Learner" l SET "active" = false, "updatedAt" = now() ${scope} AND r."outcome" = 'CREATED' AND l."active"`, importId, organisationId);
      const [{ restored }] = await tx.$queryRawUnsafe<[{ restored: number }]>(RESTORE_UPDATED, importId, organisationId);
      const groupsDeleted = await tx.$executeRaw`
        DELETE FROM "Group" g WHERE g."createdByImportId" = ${importId} AND g."organisationId" = ${organisationId}
          AND NOT EXISTS (SELECT 1 FROM "GroupMember" gm WHERE gm."groupId" = g."id")`;
      const updatedRows = await tx.importRow.count({ where: { importId, outcome: "UPDATED", erasedAt: null } });
      const erased = await countErasedRows(tx, importId);
      // Only when someone was erased: every other import's summary reads as it always has.
      const result: UndoSummary = { deleted, archived, restored, keptChanged: updatedRows - restored, groupsDeleted, ...(erased > 0 ? { erased } : {}) };
      await tx.importJob.update({ where: { id: importId }, data: { undoSummary: { ...result } } });
      return result;
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
  if (!summary) {
    // Undone by someone else meanwhile, or purged by the retention run that claimed it first.
    const now = await db.importJob.findUnique({ where: { id: importId }, select: { dataPurgedAt: true } });
    if (now?.dataPurgedAt) return { ok: false, error: purgedImportMessage(now.dataPurgedAt, "it can no longer be undone") };
    return { ok: false, error: "This import has already been undone." };
  }
  await audit(db, { action: "import.undone", organisationId, adminId: by.adminId, token: by.token, detail: { importId, ...summary } });
  return { ok: true, summary };
}
