import { Prisma } from "@/generated/prisma/client";
import { env } from "@/lib/env";

/** A queueing of welcome emails: its stored batches are (queueId, 0 … batches - 1). */
export interface WelcomeQueue {
  organisationId: string;
  queueId: string;
  batches: number;
}

/**
 * The INSERT that stores the learners a statement's CTE `source` returns (a column "id") as
 * batches of WELCOME_BATCH_SIZE in id order, numbered from 0. Written into the statement that
 * marks the learners QUEUED, so a learner is never queued without a batch to send them.
 */
export function insertWelcomeBatches(queue: { organisationId: string; queueId: string; importId: string | null }, source: Prisma.Sql) {
  return Prisma.sql`
    INSERT INTO "WelcomeBatch" ("queueId", "number", "organisationId", "importId", "learnerIds")
    SELECT ${queue.queueId}, n, ${queue.organisationId}, ${queue.importId}, array_agg("id" ORDER BY "id")
    FROM (SELECT "id", ((row_number() OVER (ORDER BY "id")) - 1) / ${env.WELCOME_BATCH_SIZE}::int AS n FROM ${source}) AS numbered
    GROUP BY n`;
}
