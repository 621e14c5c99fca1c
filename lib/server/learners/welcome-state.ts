import type { WelcomeStatus } from "@/generated/prisma/enums";

/** What the users list shows about a learner's welcome email: activation outranks the email's status. */
export type WelcomeState = WelcomeStatus | "ACTIVATED";

export function welcomeState(learner: { welcomeStatus: WelcomeStatus; activatedAt: Date | null }): WelcomeState {
  return learner.activatedAt ? "ACTIVATED" : learner.welcomeStatus;
}
