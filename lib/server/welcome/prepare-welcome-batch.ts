import type { PrismaClient } from "@/generated/prisma/client";
import { renderWelcomeBatch } from "@/lib/email/render-welcome-batch";
import { senderHeaders } from "@/lib/email/sender";
import { defaultWelcomeSubject } from "@/lib/email/welcome-wording";
import { appUrl, env } from "@/lib/env";
import { newToken } from "@/lib/server/auth/tokens";

/**
 * Mints each learner's activation link and stores the rendered welcome
 * email. A separate step from delivery, so a retried delivery resends the
 * same links instead of minting new ones. Learners that already have a
 * queued welcome email keep it. The organisation's settings as they are now
 * decide the wording, sender and how long the links work (the email says
 * the same number of days the expiry is set to).
 */
export async function prepareWelcomeBatch(db: PrismaClient, input: { organisationId: string; importId: string | null; learnerIds: string[] }): Promise<string[]> {
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: input.organisationId } });
  const [learners, prepared] = await Promise.all([
    db.learner.findMany({ where: { id: { in: input.learnerIds }, organisationId: input.organisationId, welcomeStatus: "QUEUED" }, orderBy: { id: "asc" } }),
    db.email.findMany({ where: { learnerId: { in: input.learnerIds }, kind: "WELCOME", status: "QUEUED" }, select: { id: true, learnerId: true }, orderBy: { id: "asc" } }),
  ]);
  const done = new Set(prepared.map((e) => e.learnerId));
  const fresh = learners.filter((l) => !done.has(l.id)).map((learner) => ({ learner, ...newToken() }));
  if (fresh.length === 0) return prepared.map((e) => e.id);

  const rendered = await renderWelcomeBatch(
    { organisationName: organisation.name, intro: organisation.welcomeIntro, linkDays: organisation.activationLinkDays },
    fresh.map(({ learner, token }) => ({ firstName: learner.firstName, activationUrl: `${appUrl()}/welcome/${token}` })),
  );
  const expiresAt = new Date(Date.now() + organisation.activationLinkDays * 86_400_000);
  const sender = senderHeaders(organisation, env.EMAIL_FROM);
  const subject = organisation.welcomeSubject ?? defaultWelcomeSubject(organisation.name);
  const created = await db.$transaction(async (tx) => {
    const emails = await tx.email.createManyAndReturn({
      data: fresh.map(({ learner }, i) => ({
        organisationId: input.organisationId,
        to: learner.email,
        kind: "WELCOME" as const,
        subject,
        from: sender.from,
        replyTo: sender.replyTo,
        html: rendered[i]!.html,
        text: rendered[i]!.text,
        status: "QUEUED" as const,
        learnerId: learner.id,
        importId: input.importId,
      })),
      select: { id: true },
    });
    await tx.$executeRaw`
      UPDATE "Learner" AS l SET "activationTokenHash" = u.h, "activationExpiresAt" = ${expiresAt}
      FROM unnest(${fresh.map((f) => f.learner.id)}::text[], ${fresh.map((f) => f.tokenHash)}::text[]) AS u(id, h)
      WHERE l."id" = u.id`;
    return emails;
  });
  return [...prepared.map((e) => e.id), ...created.map((e) => e.id)];
}
