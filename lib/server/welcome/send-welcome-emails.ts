import { getDb } from "@/lib/db";
import type { WelcomeBatchData } from "@/lib/server/jobs/inngest-client";
import type { Steps } from "@/lib/server/jobs/steps";
import { deliverWelcomeBatch, markWelcomeBatchFailed } from "./deliver-welcome-batch";
import { prepareWelcomeBatch } from "./prepare-welcome-batch";
import { finishWelcomeBatch, openWelcomeBatch } from "./welcome-batch";

/**
 * Derived from the prepared emails, which are new for every send but the
 * same on every retry of one send: Resend then answers a retried batch from
 * its cache instead of emailing twice.
 */
export function welcomeIdempotencyKey(emailIds: string[]) {
  return `welcome/${emailIds[0]}/${emailIds.length}`;
}

/** prepare returns ≤ 100 email ids (~3 KB), deliver three counts: far inside Inngest's 4 MB per step result. */
export async function sendWelcomeEmailsSteps(data: WelcomeBatchData, step: Steps) {
  const db = await getDb();
  const emailIds = await step.run("prepare", async () => {
    const batch = await openWelcomeBatch(db, data);
    return batch ? prepareWelcomeBatch(db, batch) : [];
  });
  return step.run("deliver", async () => {
    const counts = await deliverWelcomeBatch(db, emailIds, welcomeIdempotencyKey(emailIds));
    await finishWelcomeBatch(db, data);
    return counts;
  });
}

export async function onWelcomeFailure(data: WelcomeBatchData, error: Error) {
  const db = await getDb();
  const batch = await openWelcomeBatch(db, data);
  if (!batch) return;
  const emails = await db.email.findMany({ where: { learnerId: { in: batch.learnerIds }, kind: "WELCOME", status: "QUEUED" }, select: { id: true } });
  await markWelcomeBatchFailed(db, emails.map((e) => e.id), error.message);
  await finishWelcomeBatch(db, data);
}
