import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { deliverWelcomeBatch, markWelcomeBatchFailed } from "@/lib/server/welcome/deliver-welcome-batch";
import { prepareWelcomeBatch } from "@/lib/server/welcome/prepare-welcome-batch";
import { inngest, welcomeBatchReady, type WelcomeBatchData } from "../client";
import type { Steps } from "../steps";

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

export const sendWelcomeEmails = inngest.createFunction(
  {
    id: "send-welcome-emails",
    triggers: [welcomeBatchReady],
    retries: 6,
    // Resend allows 2 requests per second by default; each run makes one batch request.
    throttle: { limit: env.WELCOME_EMAIL_REQUESTS_PER_SECOND, period: "1s" },
    onFailure: async ({ event, error }) => onWelcomeFailure(event.data.event.data as WelcomeBatchData, error),
  },
  async ({ event, step }) => sendWelcomeEmailsSteps(event.data, step as unknown as Steps),
);
