import type { PrismaClient } from "@/generated/prisma/client";
import { WELCOME_BATCH_SIZE } from "@/lib/server/welcome/queue-welcome-emails";
import { enqueueWelcomeBatch, isImportActiveInProcess, runImportInProcess } from "./in-process";

/**
 * On the embedded default, work interrupted by a restart picks up from its
 * last checkpoint: imports still queued or running, and welcome emails
 * still waiting to be sent.
 */
export async function resumeInProcessJobs(db: PrismaClient) {
  const jobs = await db.importJob.findMany({ where: { status: { in: ["QUEUED", "RUNNING"] } }, orderBy: { queuedAt: "asc" } });
  for (const job of jobs) void runImportInProcess({ importId: job.id, organisationId: job.organisationId });

  const waiting = await db.learner.findMany({
    where: { welcomeStatus: "QUEUED", createdByImportId: { notIn: jobs.map((j) => j.id) } },
    select: { id: true, organisationId: true, createdByImportId: true },
    orderBy: { id: "asc" },
  });
  const groups = new Map<string, typeof waiting>();
  for (const learner of waiting) {
    const key = `${learner.organisationId}|${learner.createdByImportId ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), learner]);
  }
  for (const learners of groups.values()) {
    for (let i = 0; i < learners.length; i += WELCOME_BATCH_SIZE) {
      const batch = learners.slice(i, i + WELCOME_BATCH_SIZE);
      void enqueueWelcomeBatch({ organisationId: batch[0]!.organisationId, importId: batch[0]!.createdByImportId, learnerIds: batch.map((l) => l.id) });
    }
  }
  return { imports: jobs.length, welcomeLearners: waiting.length };
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
