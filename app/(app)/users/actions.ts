"use server";

import { revalidatePath } from "next/cache";
import { adminAction, fail, type ActionResult } from "@/lib/actions";
import { changeGroupMembers } from "@/lib/server/groups/change-group-members";
import { setLearnerGroups } from "@/lib/server/groups/set-learner-groups";
import { groupMembersSchema, learnerGroupsSchema } from "@/lib/validations/groups";
import { resendWelcome } from "@/lib/server/learners/resend-welcome";
import { setLearnersActive } from "@/lib/server/learners/set-learners-active";
import { unarchiveLearners } from "@/lib/server/learners/unarchive-learners";
import { eraseLearnersSchema, learnerIdsSchema, unarchiveLearnersSchema } from "@/lib/validations/learners";
import { confirmationMatches } from "@/lib/privacy/erasure-confirmation";
import { eraseLearners } from "@/lib/server/privacy/erase-learners";
import { erasurePhraseFor } from "@/lib/server/privacy/erasure-phrase-for";
import { groupMembersMessage, learnerActionMessage } from "./learner-action-message";

/**
 * `changed`: users the action affected; `missing`: selected users that no longer exist in the organisation;
 * `welcomed` (unarchive): unarchived users queued for their first welcome email.
 */
export type LearnerActionResult = ActionResult<{ changed: number; missing: number; welcomed?: number }>;

export const archiveLearnersAction = adminAction("users:write", learnerIdsSchema, async ({ ids }, { admin, organisationId, db }): Promise<LearnerActionResult> => {
  const { changed, missing } = await setLearnersActive(db, organisationId, { ids, active: false, adminId: admin.id });
  revalidatePath("/users", "layout");
  return { ok: true, data: { changed, missing }, message: learnerActionMessage("archive", ids, { done: changed, missing }) };
});

export const unarchiveLearnersAction = adminAction("users:write", unarchiveLearnersSchema, async ({ ids, sendWelcome }, { admin, organisationId, db }): Promise<LearnerActionResult> => {
  const { changed, missing, welcomed } = await unarchiveLearners(db, organisationId, { ids, sendWelcome, adminId: admin.id });
  revalidatePath("/users", "layout");
  return {
    ok: true,
    data: { changed, missing, welcomed },
    message: learnerActionMessage("unarchive", ids, { done: changed, missing, welcomed: sendWelcome && changed > 0 ? welcomed : undefined }),
  };
});

export const resendWelcomeAction = adminAction("users:write", learnerIdsSchema, async ({ ids }, { organisationId, db }): Promise<LearnerActionResult> => {
  const { queued, missing } = await resendWelcome(db, organisationId, ids);
  revalidatePath("/users", "layout");
  return { ok: true, data: { changed: queued, missing }, message: learnerActionMessage("resendWelcome", ids, { done: queued, missing }) };
});

export const addToGroupAction = adminAction("groups:write", groupMembersSchema, async ({ ids, groupId }, { admin, organisationId, db }): Promise<LearnerActionResult> => {
  const result = await changeGroupMembers(db, organisationId, { ids, groupId, change: "add", adminId: admin.id });
  if (!result.ok) return fail(result.error);
  revalidatePath("/", "layout");
  return { ok: true, data: { changed: result.data.changed, missing: result.data.missing }, message: groupMembersMessage("add", ids, result.data) };
});

export const removeFromGroupAction = adminAction("groups:write", groupMembersSchema, async ({ ids, groupId }, { admin, organisationId, db }): Promise<LearnerActionResult> => {
  const result = await changeGroupMembers(db, organisationId, { ids, groupId, change: "remove", adminId: admin.id });
  if (!result.ok) return fail(result.error);
  revalidatePath("/", "layout");
  return { ok: true, data: { changed: result.data.changed, missing: result.data.missing }, message: groupMembersMessage("remove", ids, result.data) };
});

export const setLearnerGroupsAction = adminAction("groups:write", learnerGroupsSchema, async ({ learnerId, groupIds }, { admin, organisationId, db }): Promise<ActionResult> => {
  const result = await setLearnerGroups(db, organisationId, { learnerId, groupIds, adminId: admin.id });
  if (!result.ok) return fail(result.error);
  revalidatePath("/", "layout");
  const { added, removed } = result.data;
  return { ok: true, data: undefined, message: added + removed === 0 ? "Nothing to save: the groups are unchanged." : "Saved the user's groups." };
});

export const eraseLearnersAction = adminAction("learners:erase", eraseLearnersSchema, async ({ ids, confirmation }, { admin, organisationId, db }): Promise<LearnerActionResult> => {
  const phrase = await erasurePhraseFor(db, organisationId, ids);
  if (phrase !== null && !confirmationMatches(confirmation, phrase)) {
    const sentence = `Type “${phrase}” to confirm: nothing was erased.`;
    return fail(sentence, { confirmation: [sentence] });
  }
  const { erased, missing } = await eraseLearners(db, organisationId, { ids, adminId: admin.id });
  revalidatePath("/", "layout");
  return { ok: true, data: { changed: erased, missing }, message: learnerActionMessage("erase", ids, { done: erased, missing }) };
});
