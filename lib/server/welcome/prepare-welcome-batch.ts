import type { PrismaClient } from "@/generated/prisma/client";
import { renderEmail } from "@/lib/email/send";
import { WelcomeEmail } from "@/lib/email/templates/welcome";
import { appUrl } from "@/lib/env";
import { newToken } from "@/lib/server/auth/tokens";

export const ACTIVATION_DAYS = 14;

/**
 * Mints each learner's activation link and stores the rendered welcome
 * email. A separate step from delivery, so a retried delivery resends the
 * same links instead of minting new ones. Learners that already have a
 * queued welcome email keep it.
 */
export async function prepareWelcomeBatch(db: PrismaClient, input: { organisationId: string; importId: string | null; learnerIds: string[] }): Promise<string[]> {
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: input.organisationId } });
  const learners = await db.learner.findMany({ where: { id: { in: input.learnerIds }, organisationId: input.organisationId, welcomeStatus: "QUEUED" } });
  const prepared = await db.email.findMany({ where: { learnerId: { in: input.learnerIds }, kind: "WELCOME", status: "QUEUED" }, select: { id: true, learnerId: true } });
  const done = new Set(prepared.map((e) => e.learnerId));
  const ids = prepared.map((e) => e.id);

  for (const learner of learners.filter((l) => !done.has(l.id))) {
    const { token, tokenHash } = newToken();
    const { html, text } = await renderEmail(
      WelcomeEmail({ firstName: learner.firstName, organisationName: organisation.name, activationUrl: `${appUrl()}/welcome/${token}` }),
    );
    const [email] = await db.$transaction([
      db.email.create({
        data: {
          organisationId: input.organisationId,
          to: learner.email,
          kind: "WELCOME",
          subject: `Welcome to ${organisation.name}'s learning platform`,
          html,
          text,
          status: "QUEUED",
          learnerId: learner.id,
          importId: input.importId,
        },
      }),
      db.learner.update({
        where: { id: learner.id },
        data: { activationTokenHash: tokenHash, activationExpiresAt: new Date(Date.now() + ACTIVATION_DAYS * 86_400_000) },
      }),
    ]);
    ids.push(email.id);
  }
  return ids;
}
