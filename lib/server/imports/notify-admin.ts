import type { PrismaClient } from "@/generated/prisma/client";
import { deliverEmail, sendEmail } from "@/lib/email/send";
import { ImportFinishedEmail } from "@/lib/email/templates/import-finished";
import { appUrl } from "@/lib/env";

/** Tells the admin who started an import how it ended, with a link to its page and error report. */
export async function notifyImportFinished(db: PrismaClient, importId: string) {
  const job = await db.importJob.findUniqueOrThrow({ where: { id: importId }, include: { admin: true } });
  if (!job.admin) return;
  // A retried step resends the email this run already stored rather than writing a second one. Only
  // this run's: an import retried after failing has its "failed" email from the run before.
  const already = await db.email.findFirst({ where: { importId, kind: "IMPORT_FINISHED", createdAt: { gte: job.queuedAt ?? job.createdAt } } });
  if (already) {
    if (already.status === "FAILED" || already.status === "QUEUED") await deliverEmail(db, already);
    return;
  }
  const status = job.status === "FAILED" ? "failed" : "completed";
  await sendEmail(db, {
    to: job.admin.email,
    kind: "IMPORT_FINISHED",
    subject: status === "completed" ? `Your user import finished: ${job.createdCount} created, ${job.updatedCount} updated` : "Your user import failed",
    body: ImportFinishedEmail({
      name: job.admin.name,
      status,
      counts: { created: job.createdCount, updated: job.updatedCount, unchanged: job.unchangedCount, skipped: job.skippedCount, failed: job.failedCount },
      importUrl: `${appUrl()}/imports/${job.id}`,
    }),
    organisationId: job.organisationId,
    importId: job.id,
  });
}
