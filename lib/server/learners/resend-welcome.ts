import { randomUUID } from "node:crypto";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { WelcomeStatus } from "@/generated/prisma/enums";
import { env } from "@/lib/env";
import { enqueueWelcomeBatches } from "@/lib/server/welcome/enqueue-welcome-batches";
import { insertWelcomeBatches } from "@/lib/server/welcome/store-welcome-batches";

export interface ResendWelcomeResult {
  queued: number;
  /** Selected learners of this organisation left alone: archived, already activated or already queued. */
  skipped: number;
  /** Selected ids that match no learner of this organisation: deleted since, or never its own (the two look alike on purpose). */
  missing: number;
}

/**
 * Queues a fresh welcome email (with a new activation link) for the selected
 * learners who can still use one. Archived and activated learners are
 * skipped, and so are learners whose email is already queued: a second batch
 * for them could race the first and send twice. With `onlyNeverWelcomed`,
 * so are learners who were sent one before (unarchiving offers a first one).
 */
export async function resendWelcome(
  db: PrismaClient,
  organisationId: string,
  ids: string[],
  opts: { onlyNeverWelcomed?: boolean } = {},
): Promise<ResendWelcomeResult> {
  // Counted first: a learner deleted meanwhile then reads as skipped, never as a negative count.
  const found = await db.learner.count({ where: { organisationId, id: { in: ids } } });
  // One statement, so two admins clicking at once can't both queue the same learner, and none is queued without a batch.
  const queue = { organisationId, queueId: randomUUID(), importId: null };
  const marked = await db.$queryRaw<{ id: string; previous: WelcomeStatus }[]>`
    WITH marked AS (
      UPDATE "Learner" AS l SET "welcomeStatus" = 'QUEUED'
      FROM (
        SELECT "id", "welcomeStatus" FROM "Learner"
        WHERE "organisationId" = ${organisationId} AND "id" = ANY(${ids}::text[])
          AND "active" AND "activatedAt" IS NULL AND "welcomeStatus" <> 'QUEUED'
          AND (${!opts.onlyNeverWelcomed} OR "welcomeSentAt" IS NULL)
        FOR UPDATE
      ) AS old
      WHERE l."id" = old."id"
      RETURNING l."id", old."welcomeStatus" AS "previous"
    ), stored AS (${insertWelcomeBatches(queue, Prisma.sql`marked`)})
    SELECT "id", "previous" FROM marked`;

  try {
    await enqueueWelcomeBatches({ ...queue, batches: Math.ceil(marked.length / env.WELCOME_BATCH_SIZE) });
  } catch (error) {
    // Left QUEUED, these learners could never be selected for a resend again.
    await restoreStatuses(db, marked);
    await db.welcomeBatch.deleteMany({ where: { queueId: queue.queueId } });
    throw error;
  }
  return { queued: marked.length, skipped: found - marked.length, missing: new Set(ids).size - found };
}

async function restoreStatuses(db: PrismaClient, learners: { id: string; previous: WelcomeStatus }[]) {
  const idsByStatus = new Map<WelcomeStatus, string[]>();
  for (const { id, previous } of learners) {
    const ids = idsByStatus.get(previous);
    if (ids) ids.push(id);
    else idsByStatus.set(previous, [id]);
  }
  for (const [status, ids] of idsByStatus) {
    await db.learner.updateMany({ where: { id: { in: ids }, welcomeStatus: "QUEUED" }, data: { welcomeStatus: status } });
  }
}
