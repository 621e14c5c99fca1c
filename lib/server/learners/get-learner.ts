import type { PrismaClient } from "@/generated/prisma/client";

/** One learner of this organisation, or null: another organisation's id looks like a missing one. */
export async function getLearner(db: Pick<PrismaClient, "learner">, organisationId: string, learnerId: string) {
  const learner = await db.learner.findFirst({
    where: { id: learnerId, organisationId },
    select: {
      id: true,
      email: true,
      firstName: true,
      lastName: true,
      active: true,
      customFields: true,
      welcomeStatus: true,
      welcomeSentAt: true,
      activationExpiresAt: true,
      activatedAt: true,
      createdByImportId: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  return learner && { ...learner, customFields: (learner.customFields ?? {}) as Record<string, string> };
}

export type LearnerDetail = NonNullable<Awaited<ReturnType<typeof getLearner>>>;
