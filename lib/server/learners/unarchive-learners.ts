import type { PrismaClient } from "@/generated/prisma/client";
import { resendWelcome } from "./resend-welcome";
import { setLearnersActive } from "./set-learners-active";

export interface UnarchiveLearnersResult {
  changed: number;
  missing: number;
  /** Unarchived learners queued for their first welcome email. */
  welcomed: number;
}

/**
 * Restores archived learners and, when the admin asks, queues a first
 * welcome email for the ones it restored who never had one (imported as
 * archived, say): until then they have no way to set a password. Learners
 * who were emailed before keep their link; they can be sent a new one with
 * Resend welcome email.
 */
export async function unarchiveLearners(
  db: PrismaClient,
  organisationId: string,
  input: { ids: string[]; sendWelcome: boolean; adminId: string | null },
): Promise<UnarchiveLearnersResult> {
  const { changed, changedIds, missing } = await setLearnersActive(db, organisationId, { ids: input.ids, active: true, adminId: input.adminId });
  if (!input.sendWelcome || changedIds.length === 0) return { changed, missing, welcomed: 0 };
  const { queued } = await resendWelcome(db, organisationId, changedIds, { onlyNeverWelcomed: true });
  return { changed, missing, welcomed: queued };
}
