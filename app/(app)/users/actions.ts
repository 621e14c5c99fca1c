"use server";

import { revalidatePath } from "next/cache";
import { adminAction, type ActionResult } from "@/lib/actions";
import { resendWelcome } from "@/lib/server/learners/resend-welcome";
import { setLearnersActive } from "@/lib/server/learners/set-learners-active";
import { unarchiveLearners } from "@/lib/server/learners/unarchive-learners";
import { learnerIdsSchema, unarchiveLearnersSchema } from "@/lib/validations/learners";
import { learnerActionMessage } from "./learner-action-message";

/**
 * `changed`: users the action affected; `missing`: selected users that no longer exist in the organisation;
 * `welcomed` (unarchive): unarchived users queued for their first welcome email.
 */
export type LearnerActionResult = ActionResult<{ changed: number; missing: number; welcomed?: number }>;

export const archiveLearnersAction = adminAction(learnerIdsSchema, async ({ ids }, { admin, organisationId, db }): Promise<LearnerActionResult> => {
  const { changed, missing } = await setLearnersActive(db, organisationId, { ids, active: false, adminId: admin.id });
  revalidatePath("/users", "layout");
  return { ok: true, data: { changed, missing }, message: learnerActionMessage("archive", ids, { done: changed, missing }) };
});

export const unarchiveLearnersAction = adminAction(unarchiveLearnersSchema, async ({ ids, sendWelcome }, { admin, organisationId, db }): Promise<LearnerActionResult> => {
  const { changed, missing, welcomed } = await unarchiveLearners(db, organisationId, { ids, sendWelcome, adminId: admin.id });
  revalidatePath("/users", "layout");
  return {
    ok: true,
    data: { changed, missing, welcomed },
    message: learnerActionMessage("unarchive", ids, { done: changed, missing, welcomed: sendWelcome && changed > 0 ? welcomed : undefined }),
  };
});

export const resendWelcomeAction = adminAction(learnerIdsSchema, async ({ ids }, { organisationId, db }): Promise<LearnerActionResult> => {
  const { queued, missing } = await resendWelcome(db, organisationId, ids);
  revalidatePath("/users", "layout");
  return { ok: true, data: { changed: queued, missing }, message: learnerActionMessage("resendWelcome", ids, { done: queued, missing }) };
});
