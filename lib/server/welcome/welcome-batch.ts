import type { PrismaClient } from "@/generated/prisma/client";
import type { WelcomeBatchData } from "@/lib/server/jobs/inngest-client";

/** The learners of a batch an event names, or null once it was sent (or marked failed): a repeated event then does nothing. */
export async function openWelcomeBatch(db: PrismaClient, ref: WelcomeBatchData) {
  return db.welcomeBatch.findFirst({
    where: { queueId: ref.queueId, number: ref.batch, organisationId: ref.organisationId, finishedAt: null },
    select: { organisationId: true, importId: true, learnerIds: true },
  });
}

export async function finishWelcomeBatch(db: PrismaClient, ref: WelcomeBatchData) {
  await db.welcomeBatch.updateMany({ where: { queueId: ref.queueId, number: ref.batch, finishedAt: null }, data: { finishedAt: new Date() } });
}
