import type { PrismaClient } from "@/generated/prisma/client";
import { audit } from "@/lib/server/audit";

/**
 * Closes a run: the counts are recomputed from the rows themselves, so they
 * are exact however many times chunks were retried.
 */
export async function finishImport(db: PrismaClient, importId: string) {
  const grouped = await db.importRow.groupBy({ by: ["outcome"], where: { importId }, _count: { _all: true } });
  const count = (outcome: string) => grouped.find((g) => g.outcome === outcome)?._count._all ?? 0;
  const job = await db.importJob.update({
    where: { id: importId },
    data: {
      status: "COMPLETED",
      finishedAt: new Date(),
      createdCount: count("CREATED"),
      updatedCount: count("UPDATED"),
      unchangedCount: count("UNCHANGED"),
      skippedCount: count("SKIPPED"),
      failedCount: count("FAILED"),
      processedRows: grouped.reduce((sum, g) => sum + (g.outcome === "PENDING" ? 0 : g._count._all), 0),
    },
    include: { apiToken: { select: { id: true, name: true } } },
  });
  // A directory-sync write is one row, logged as its scim.user_* entry (which names this import).
  if (job.source !== "SCIM") {
    await audit(db, {
      action: "import.completed",
      organisationId: job.organisationId,
      adminId: job.adminId,
      token: job.apiToken,
      detail: { importId, source: job.source, created: job.createdCount, updated: job.updatedCount, failed: job.failedCount },
    });
  }
  return job;
}

/** Marks a run failed with a sentence the admin can act on; rows already applied stay applied and are listed. */
export async function failImport(db: PrismaClient, importId: string, reason: string) {
  // A job can fail after its rows are all applied (e.g. the admin's email bounced): it stays completed.
  const marked = await db.importJob.updateMany({ where: { id: importId, status: { not: "COMPLETED" } }, data: { status: "FAILED", error: reason, finishedAt: new Date() } });
  const { apiToken, ...job } = await db.importJob.findUniqueOrThrow({ where: { id: importId }, include: { apiToken: { select: { id: true, name: true } } } });
  if (marked.count === 0) return job;
  await audit(db, { action: "import.failed", organisationId: job.organisationId, adminId: job.adminId, token: apiToken, detail: { importId, source: job.source, reason } });
  return job;
}
