import type { PrismaClient } from "@/generated/prisma/client";

/**
 * Marks finished imports past their organisation's retention period as purged
 * (dataPurgedAt), before any row is touched: undo and retry claim an import
 * only while dataPurgedAt is null, so from this moment none can start, and
 * one already holding the import's row is skipped (SKIP LOCKED) until it ends.
 * Measured from when the import finished, or was undone if later, as
 * importDataRetention() shows it.
 */
export async function claimExpiredImports(db: PrismaClient, now: Date, limit: number): Promise<number> {
  // Prisma stores UTC in timestamp-without-time-zone columns; the cast compares like with like.
  const at = now.toISOString();
  return db.$executeRaw`
    UPDATE "ImportJob" SET "dataPurgedAt" = ${at}::timestamp(3)
    WHERE "id" IN (
      SELECT j."id" FROM "ImportJob" j JOIN "Organisation" o ON o."id" = j."organisationId"
      WHERE j."status" IN ('COMPLETED', 'FAILED', 'UNDONE') AND j."dataPurgedAt" IS NULL
        AND coalesce(greatest(j."finishedAt", j."undoneAt"), j."createdAt") + make_interval(days => o."importRetentionDays") <= ${at}::timestamp(3)
      ORDER BY j."id"
      LIMIT ${limit}
      FOR UPDATE OF j SKIP LOCKED
    )
    AND "status" IN ('COMPLETED', 'FAILED', 'UNDONE') AND "dataPurgedAt" IS NULL`;
}

/** Drafts nobody confirmed since `before`: marked, so the wizard can't queue one while its rows go. */
export async function claimStaleDrafts(db: PrismaClient, now: Date, before: Date, limit: number): Promise<number> {
  return db.$executeRaw`
    UPDATE "ImportJob" SET "dataPurgedAt" = ${now.toISOString()}::timestamp(3)
    WHERE "id" IN (
      SELECT "id" FROM "ImportJob"
      WHERE "status" = 'DRAFT' AND "dataPurgedAt" IS NULL AND "createdAt" <= ${before.toISOString()}::timestamp(3)
      ORDER BY "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    AND "status" = 'DRAFT' AND "dataPurgedAt" IS NULL`;
}

/** Imports marked purged whose rows still need scrubbing: new claims, and ones a stopped run left part-way. */
export function pendingImportPurges(db: PrismaClient, limit: number) {
  return db.importJob.findMany({
    where: { dataPurgedAt: { not: null }, dataPurgeFinishedAt: null, status: { not: "DRAFT" } },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true, organisationId: true },
  });
}

/** Drafts marked for deletion and not yet gone. */
export function pendingDraftDeletions(db: PrismaClient, limit: number) {
  return db.importJob.findMany({
    where: { status: "DRAFT", dataPurgedAt: { not: null } },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true, organisationId: true },
  });
}
