import type { PrismaClient } from "@/generated/prisma/client";
import { audit, type AuditToken } from "@/lib/server/audit";

export interface UndoSummary {
  deleted: number;
  archived: number;
  restored: number;
  keptChanged: number;
}

export type UndoResult = { ok: true; summary: UndoSummary } | { ok: false; error: string };

// A learner is "as the import left it" when its profile equals the values the import wrote.
const UNCHANGED_SINCE = `l."firstName" = r."applied"->>'firstName' AND l."lastName" = r."applied"->>'lastName'
  AND l."active" = (r."applied"->>'active')::boolean AND l."customFields" = r."applied"->'customFields'`;

/**
 * Reverts a completed import in one transaction: learners it created are
 * deleted, or archived when they have been changed since; learners it
 * updated get their previous values back unless they have been changed
 * since (then they are left alone, and counted). Set-based, like the import.
 */
export async function undoImport(db: PrismaClient, organisationId: string, importId: string, by: { adminId: string | null; token?: AuditToken | null }): Promise<UndoResult> {
  const job = await db.importJob.findFirst({ where: { id: importId, organisationId } });
  if (!job) return { ok: false, error: "This import doesn't exist." };
  if (job.status !== "COMPLETED") return { ok: false, error: "Only a completed import can be undone." };

  const summary = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${organisationId}))`;
      const claimed = await tx.importJob.updateMany({ where: { id: importId, status: "COMPLETED" }, data: { status: "UNDONE", undoneAt: new Date() } });
      if (claimed.count === 0) return null;
      const scope = `FROM "ImportRow" r WHERE r."importId" = $1 AND l."id" = r."learnerId" AND l."organisationId" = $2`;
      const deleted = await tx.$executeRawUnsafe(`DELETE FROM "Learner" l USING "ImportRow" r WHERE r."importId" = $1 AND l."id" = r."learnerId" AND l."organisationId" = $2 AND r."outcome" = 'CREATED' AND ${UNCHANGED_SINCE}`, importId, organisationId);
      const archived = await tx.$executeRawUnsafe(`UPDATE "Learner" l SET "active" = false, "updatedAt" = now() ${scope} AND r."outcome" = 'CREATED' AND l."active"`, importId, organisationId);
      const restored = await tx.$executeRawUnsafe(
        `UPDATE "Learner" l SET "firstName" = r."previous"->>'firstName', "lastName" = r."previous"->>'lastName',
           "active" = (r."previous"->>'active')::boolean, "customFields" = r."previous"->'customFields', "updatedAt" = now()
         ${scope} AND r."outcome" = 'UPDATED' AND ${UNCHANGED_SINCE}`,
        importId,
        organisationId,
      );
      const updatedRows = await tx.importRow.count({ where: { importId, outcome: "UPDATED" } });
      const result: UndoSummary = { deleted, archived, restored, keptChanged: updatedRows - restored };
      await tx.importJob.update({ where: { id: importId }, data: { undoSummary: { ...result } } });
      return result;
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
  if (!summary) return { ok: false, error: "This import has already been undone." };
  await audit(db, { action: "import.undone", organisationId, adminId: by.adminId, token: by.token, detail: { importId, ...summary } });
  return { ok: true, summary };
}
