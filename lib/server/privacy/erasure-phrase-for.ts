import type { PrismaClient } from "@/generated/prisma/client";
import { erasureConfirmationPhrase } from "@/lib/privacy/erasure-confirmation";

/**
 * The phrase the admin must have typed to erase these ids, worked out on the
 * server from the organisation's own data: a forged call can't erase a
 * different number of people, nor someone whose address it didn't type.
 * null when a single id is none of the organisation's learners: there is
 * nothing to confirm, and the answer mustn't tell another organisation's id apart.
 */
export async function erasurePhraseFor(db: PrismaClient, organisationId: string, ids: string[]): Promise<string | null> {
  const unique = [...new Set(ids)];
  if (unique.length !== 1) return erasureConfirmationPhrase({ count: unique.length });
  const learner = await db.learner.findFirst({ where: { organisationId, id: unique[0] }, select: { email: true } });
  return learner ? erasureConfirmationPhrase({ count: 1, email: learner.email }) : null;
}
