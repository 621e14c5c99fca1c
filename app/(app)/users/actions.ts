"use server";

import { revalidatePath } from "next/cache";
import { adminAction, type ActionResult } from "@/lib/actions";
import { resendWelcome } from "@/lib/server/learners/resend-welcome";
import { setLearnersActive } from "@/lib/server/learners/set-learners-active";
import { learnerIdsSchema } from "@/lib/validations/learners";

/** `changed` is how many users the action affected; 0 means the selection needed nothing. */
export type LearnerActionResult = ActionResult<{ changed: number }>;

const count = new Intl.NumberFormat("en-GB");
const users = (n: number) => (n === 1 ? "1 user" : `${count.format(n)} users`);
const were = (n: number) => (n === 1 ? "1 was" : `${count.format(n)} were`);

export const archiveLearnersAction = adminAction(learnerIdsSchema, async ({ ids }, { admin, organisationId, db }): Promise<LearnerActionResult> => {
  const changed = await setLearnersActive(db, organisationId, { ids, active: false, adminId: admin.id });
  revalidatePath("/users", "layout");
  const skipped = new Set(ids).size - changed;
  const message =
    changed === 0
      ? "Nothing to archive: the selected users are already archived."
      : `Archived ${users(changed)}. You'll find them under Archived.${skipped > 0 ? ` ${were(skipped)} already archived.` : ""}`;
  return { ok: true, data: { changed }, message };
});

export const unarchiveLearnersAction = adminAction(learnerIdsSchema, async ({ ids }, { admin, organisationId, db }): Promise<LearnerActionResult> => {
  const changed = await setLearnersActive(db, organisationId, { ids, active: true, adminId: admin.id });
  revalidatePath("/users", "layout");
  const skipped = new Set(ids).size - changed;
  const message =
    changed === 0
      ? "Nothing to unarchive: the selected users are already active."
      : `Unarchived ${users(changed)}; they're active again.${skipped > 0 ? ` ${were(skipped)} already active.` : ""}`;
  return { ok: true, data: { changed }, message };
});

export const resendWelcomeAction = adminAction(learnerIdsSchema, async ({ ids }, { organisationId, db }): Promise<LearnerActionResult> => {
  const { queued, skipped } = await resendWelcome(db, organisationId, ids);
  revalidatePath("/users", "layout");
  const reason = "archived, already activated or already waiting for their email";
  const message =
    queued === 0
      ? `No welcome emails queued: the selected users are ${reason}.`
      : `Queued welcome emails for ${users(queued)}, each with a new activation link.${skipped > 0 ? ` ${were(skipped)} skipped because they're ${reason}.` : ""}`;
  return { ok: true, data: { changed: queued }, message };
});
