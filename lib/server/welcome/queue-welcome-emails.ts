import type { PrismaClient } from "@/generated/prisma/client";

export const WELCOME_BATCH_SIZE = 100; // Resend's batch endpoint takes at most 100 emails.

/**
 * Marks the learners an import created as awaiting their welcome email, in
 * batches of ids. Learners the file put straight into Archived (Active = 0)
 * get none: an archived user has no account to activate.
 */
export async function queueWelcomeEmails(db: PrismaClient, importId: string): Promise<string[][]> {
  await db.learner.updateMany({ where: { createdByImportId: importId, welcomeStatus: "NOT_SENT", active: true }, data: { welcomeStatus: "QUEUED" } });
  const learners = await db.learner.findMany({
    where: { createdByImportId: importId, welcomeStatus: "QUEUED" },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const batches: string[][] = [];
  for (let i = 0; i < learners.length; i += WELCOME_BATCH_SIZE) batches.push(learners.slice(i, i + WELCOME_BATCH_SIZE).map((l) => l.id));
  return batches;
}
