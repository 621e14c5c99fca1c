import { renderWelcomeBatch } from "@/lib/email/render-welcome-batch";
import { senderHeaders } from "@/lib/email/sender";
import { defaultWelcomeSubject } from "@/lib/email/welcome-wording";
import { appUrl, env } from "@/lib/env";
import type { WelcomeEmailSettings } from "@/lib/validations/organisation";

export const SAMPLE_LEARNER = { firstName: "Sam" } as const;

export interface WelcomePreview {
  from: string;
  replyTo: string | null;
  subject: string;
  html: string;
}

/**
 * The welcome email these (unsaved) settings would send, rendered exactly
 * as prepare-welcome-batch renders the real ones, to a sample learner with a
 * link that goes nowhere.
 */
export async function previewWelcomeEmail(settings: WelcomeEmailSettings): Promise<WelcomePreview> {
  const [rendered] = await renderWelcomeBatch(
    { organisationName: settings.name, intro: settings.welcomeIntro, linkDays: settings.activationLinkDays },
    [{ firstName: SAMPLE_LEARNER.firstName, activationUrl: `${appUrl()}/welcome/sample-link` }],
  );
  const sender = senderHeaders(settings, env.EMAIL_FROM);
  return { ...sender, subject: settings.welcomeSubject ?? defaultWelcomeSubject(settings.name), html: rendered!.html };
}
