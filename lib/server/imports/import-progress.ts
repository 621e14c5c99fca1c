import type { PrismaClient } from "@/generated/prisma/client";

export interface ImportProgress {
  id: string;
  status: string;
  totalRows: number;
  processedRows: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  failed: number;
  error: string | null;
}

/** The live state of this organisation's imports, for the progress bars. */
export async function importProgress(db: PrismaClient, organisationId: string, ids: string[]): Promise<ImportProgress[]> {
  const jobs = await db.importJob.findMany({ where: { organisationId, id: { in: ids.slice(0, 50) } } });
  return jobs.map((j) => ({
    id: j.id,
    status: j.status,
    totalRows: j.totalRows,
    processedRows: j.processedRows,
    created: j.createdCount,
    updated: j.updatedCount,
    unchanged: j.unchangedCount,
    skipped: j.skippedCount,
    failed: j.failedCount,
    error: j.error,
  }));
}
