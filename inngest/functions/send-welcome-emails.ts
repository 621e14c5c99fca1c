import { env } from "@/lib/env";
import { inngest, welcomeBatchReady, type WelcomeBatchData } from "@/lib/server/jobs/inngest-client";
import type { Steps } from "@/lib/server/jobs/steps";
import { onWelcomeFailure, sendWelcomeEmailsSteps } from "@/lib/server/welcome/send-welcome-emails";

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
