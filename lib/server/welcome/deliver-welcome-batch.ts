import type { PrismaClient } from "@/generated/prisma/client";
import { withResendSlot } from "@/lib/email/rate-limit";
import { redactSecretLinks } from "@/lib/email/redact";
import { isRetryable, resendClient, resendPayload } from "@/lib/email/send";
import { skipArchivedRecipients } from "./skip-archived-recipients";

export class RetryableDeliveryError extends Error {}

export interface DeliveryCounts {
  sent: number;
  failed: number;
  /** Not sent because the learner was archived (or removed by an undo) while the email waited. */
  skipped: number;
}

/**
 * Sends prepared welcome emails in one Resend batch request, leaving out
 * learners archived or removed since they were queued. The idempotency key makes a
 * retried request a no-op at Resend, so no learner gets two emails; it
 * stays the prepared batch's even when a retry has fewer recipients, so a
 * retry is never taken for a new send. Rate limits and server errors throw
 * to be retried; anything else marks the emails failed with Resend's reason.
 */
export async function deliverWelcomeBatch(db: PrismaClient, emailIds: string[], idempotencyKey: string): Promise<DeliveryCounts> {
  const skipped = await skipArchivedRecipients(db, emailIds);
  const emails = await db.email.findMany({ where: { id: { in: emailIds }, status: "QUEUED" }, orderBy: { id: "asc" } });
  if (emails.length === 0) return { sent: 0, failed: 0, skipped };
  const learnerIds = emails.map((e) => e.learnerId).filter((id): id is string => Boolean(id));
  const client = resendClient();

  if (!client) {
    await db.$transaction([
      db.email.updateMany({ where: { id: { in: emails.map((e) => e.id) } }, data: { status: "OUTBOX" } }),
      db.learner.updateMany({ where: { id: { in: learnerIds } }, data: { welcomeStatus: "SENT", welcomeSentAt: new Date() } }),
    ]);
    return { sent: emails.length, failed: 0, skipped };
  }

  const { data, error } = await withResendSlot(() =>
    client.batch.send(
      emails.map(resendPayload),
      { idempotencyKey },
    ),
  );
  if (error) {
    if (isRetryable(error))
      throw new RetryableDeliveryError(`Resend refused the batch for now (${error.name}): ${error.message}`);
    await db.$transaction([
      db.email.updateMany({ where: { id: { in: emails.map((e) => e.id) } }, data: { status: "FAILED", error: `${error.name}: ${error.message}` } }),
      db.learner.updateMany({ where: { id: { in: learnerIds } }, data: { welcomeStatus: "FAILED" } }),
    ]);
    return { sent: 0, failed: emails.length, skipped };
  }

  const now = new Date();
  await db.$transaction([
    ...emails.map((e, i) => db.email.update({
        where: { id: e.id },
        data: { status: "SENT", providerId: data?.data[i]?.id ?? null, sentAt: now, html: redactSecretLinks(e.html), text: redactSecretLinks(e.text) },
      })),
    db.learner.updateMany({ where: { id: { in: learnerIds } }, data: { welcomeStatus: "SENT", welcomeSentAt: now } }),
  ]);
  return { sent: emails.length, failed: 0, skipped };
}

/** After the last retry: the emails are shown as failed, with the reason (those of learners archived or removed meanwhile, as skipped). */
export async function markWelcomeBatchFailed(db: PrismaClient, emailIds: string[], reason: string) {
  await skipArchivedRecipients(db, emailIds);
  const emails = await db.email.findMany({ where: { id: { in: emailIds }, status: "QUEUED" }, select: { id: true, learnerId: true } });
  await db.$transaction([
    db.email.updateMany({ where: { id: { in: emails.map((e) => e.id) } }, data: { status: "FAILED", error: reason } }),
    db.learner.updateMany({ where: { id: { in: emails.map((e) => e.learnerId).filter((id): id is string => Boolean(id)) } }, data: { welcomeStatus: "FAILED" } }),
  ]);
}
