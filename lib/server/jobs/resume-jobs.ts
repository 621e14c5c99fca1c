import type { PrismaClient } from "@/generated/prisma/client";
import { enqueueWelcomeBatch, isImportActiveInProcess, runImportInProcess } from "./in-process";

/**
 * On the embedded default, work interrupted by a restart picks up from its
 * last checkpoint: imports still queued or running, and welcome emails
 * still waiting to be sent.
 */
export async function resumeInProcessJobs(db: PrismaClient) {
  const jobs = await db.importJob.findMany({ where: { status: { in: ["QUEUED", "RUNNING"] } }, orderBy: { queuedAt: "asc" } });
  for (const job of jobs) void runImportInProcess({ importId: job.id, organisationId: job.organisationId });

  // Batches of imports still running are fanned out by the run itself when it gets there.
  const waiting = await db.welcomeBatch.findMany({
    where: { finishedAt: null, OR: [{ importId: null }, { importId: { notIn: jobs.map((j) => j.id) } }] },
    select: { organisationId: true, queueId: true, number: true },
    orderBy: [{ createdAt: "asc" }, { queueId: "asc" }, { number: "asc" }],
  });
  for (const batch of waiting) void enqueueWelcomeBatch({ organisationId: batch.organisationId, queueId: batch.queueId, batch: batch.number });
  return { imports: jobs.length, welcomeBatches: waiting.length };
}

/**
 * Picks up imports left QUEUED or RUNNING that this process is not working
 * on: ones whose failure handler could not reach the database to mark them
 * failed, or ones a failed start-up resume never got to. The app runs this
 * every minute on the embedded default; each run resumes from the last
 * checkpoint, exactly as at start-up.
 */
export async function resumeStalledImports(db: PrismaClient) {
  const jobs = await db.importJob.findMany({
    where: { status: { in: ["QUEUED", "RUNNING"] } },
    orderBy: { queuedAt: "asc" },
    select: { id: true, organisationId: true },
  });
  const stalled = jobs.filter((job) => !isImportActiveInProcess(job.id));
  for (const job of stalled) void runImportInProcess({ importId: job.id, organisationId: job.organisationId });
  return { imports: stalled.length };
}
