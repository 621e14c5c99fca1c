import type { WelcomeStatus } from "@/generated/prisma/enums";

/** What the users list shows about a learner's welcome email: activation outranks the email's status. */
export type WelcomeState = WelcomeStatus | "ACTIVATED";

export function welcomeState(learner: { welcomeStatus: WelcomeStatus; activatedAt: Date | null }): WelcomeState {
  return learner.activatedAt ? "ACTIVATED" : learner.welcomeStatus;
}

/**
 * Never sent a welcome email and not activated: such a learner has no way to
 * set a password yet. Unarchiving offers them a first welcome email.
 */
export function neverWelcomed(learner: { welcomeStatus: WelcomeStatus; welcomeSentAt: Date | null; activatedAt: Date | null }): boolean {
  return !learner.activatedAt && !learner.welcomeSentAt && learner.welcomeStatus !== "QUEUED";
}
