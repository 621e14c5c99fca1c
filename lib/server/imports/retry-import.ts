import type { PrismaClient } from "@/generated/prisma/client";
import { audit } from "@/lib/server/audit";
import { purgedImportMessage } from "@/lib/server/retention/retention-policy";

export type RetryResult = { ok: true } | { ok: false; error: string };

/**
 * Queues a failed import again. Rows it already applied stay applied and
 * are not touched again (a chunk only takes rows still PENDING), so the run
 * picks up where the failure stopped it and the counts stay exact.
 */
export async function retryImport(db: PrismaClient, organisationId: string, importId: string, adminId: string): Promise<RetryResult> {
  const job = await db.importJob.findFirst({ where: { id: importId, organisationId }, select: { id: true, dataPurgedAt: true } });
  if (!job) return { ok: false, error: "This import doesn't exist." };
  if (job.dataPurgedAt) return { ok: false, error: purgedImportMessage(job.dataPurgedAt, "it can't be retried: upload the file again") };
  // dataPurgedAt: the retention purge may have claimed it since it was read.
  const claimed = await db.importJob.updateMany({
    where: { id: importId, organisationId, status: "FAILED", dataPurgedAt: null },
    data: { status: "QUEUED", error: null, finishedAt: null, queuedAt: new Date() },
  });
  if (claimed.count === 0) return { ok: false, error: "Only a failed import can be retried." };
  await audit(db, { action: "import.retried", organisationId, adminId, detail: { importId } });
  return { ok: true };
}
