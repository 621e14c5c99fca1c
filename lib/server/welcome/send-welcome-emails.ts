import { getDb } from "@/lib/db";
import type { WelcomeBatchData } from "@/lib/server/jobs/inngest-client";
import type { Steps } from "@/lib/server/jobs/steps";
import { deliverWelcomeBatch, markWelcomeBatchFailed } from "./deliver-welcome-batch";
import { prepareWelcomeBatch } from "./prepare-welcome-batch";

/**
 * Derived from the prepared emails, which are new for every send but the
 * same on every retry of one send: Resend then answers a retried batch from
 * its cache instead of emailing twice.
 */
export function welcomeIdempotencyKey(emailIds: string[]) {
  return `welcome/${emailIds[0]}/${emailIds.length}`;
}

export async function sendWelcomeEmailsSteps(data: WelcomeBatchData, step: Steps) {
  const db = await getDb();
  const emailIds = await step.run("prepare", () => prepareWelcomeBatch(db, data));
  return step.run("deliver", () => deliverWelcomeBatch(db, emailIds, welcomeIdempotencyKey(emailIds)));
}

export async function onWelcomeFailure(data: WelcomeBatchData, error: Error) {
  const db = await getDb();
  const emails = await db.email.findMany({ where: { learnerId: { in: data.learnerIds }, kind: "WELCOME", status: "QUEUED" }, select: { id: true } });
  await markWelcomeBatchFailed(db, emails.map((e) => e.id), error.message);
}
