"use server";

import { revalidatePath } from "next/cache";
import { adminAction, type ActionResult } from "@/lib/actions";
import { resendWelcome } from "@/lib/server/learners/resend-welcome";
import { setLearnersActive } from "@/lib/server/learners/set-learners-active";
import { learnerIdsSchema } from "@/lib/validations/learners";
import { learnerActionMessage } from "./learner-action-message";

/** `changed`: users the action affected; `missing`: selected users that no longer exist in the organisation. */
export type LearnerActionResult = ActionResult<{ changed: number; missing: number }>;

export const archiveLearnersAction = adminAction(learnerIdsSchema, async ({ ids }, { admin, organisationId, db }): Promise<LearnerActionResult> => {
  const { changed, missing } = await setLearnersActive(db, organisationId, { ids, active: false, adminId: admin.id });
  revalidatePath("/users", "layout");
  return { ok: true, data: { changed, missing }, message: learnerActionMessage("archive", ids, { done: changed, missing }) };
});

export const unarchiveLearnersAction = adminAction(learnerIdsSchema, async ({ ids }, { admin, organisationId, db }): Promise<LearnerActionResult> => {
  const { changed, missing } = await setLearnersActive(db, organisationId, { ids, active: true, adminId: admin.id });
  revalidatePath("/users", "layout");
  return { ok: true, data: { changed, missing }, message: learnerActionMessage("unarchive", ids, { done: changed, missing }) };
});

export const resendWelcomeAction = adminAction(learnerIdsSchema, async ({ ids }, { organisationId, db }): Promise<LearnerActionResult> => {
  const { queued, missing } = await resendWelcome(db, organisationId, ids);
  revalidatePath("/users", "layout");
  return { ok: true, data: { changed: queued, missing }, message: learnerActionMessage("resendWelcome", ids, { done: queued, missing }) };
});
