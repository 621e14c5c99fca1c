"use server";

import { revalidatePath } from "next/cache";
import { adminAction, fail, type ActionResult } from "@/lib/actions";
import { createGroup } from "@/lib/server/groups/create-group";
import { deleteGroup } from "@/lib/server/groups/delete-group";
import type { GroupResult } from "@/lib/server/groups/group-rules";
import { updateGroup } from "@/lib/server/groups/update-group";
import { groupDefinitionSchema, groupIdSchema, updateGroupSchema } from "@/lib/validations/groups";

function failed(result: Extract<GroupResult, { ok: false }>) {
  return fail(result.error, result.path ? { [result.path]: [result.error] } : undefined);
}

/** Groups appear in the users list, its filter, user pages and the review, so every page may change. */
function refresh() {
  revalidatePath("/", "layout");
}

export const createGroupAction = adminAction("groups:write", groupDefinitionSchema, async (input, { admin, organisationId, db }): Promise<ActionResult<{ id: string }>> => {
  const result = await createGroup(db, organisationId, { ...input, adminId: admin.id });
  if (!result.ok) return failed(result);
  refresh();
  return { ok: true, data: { id: result.data.id }, message: `Added the group “${result.data.name}”. Add users to it from the Users list or the Groups column of your next import.` };
});

export const updateGroupAction = adminAction("groups:write", updateGroupSchema, async (input, { admin, organisationId, db }): Promise<ActionResult> => {
  const result = await updateGroup(db, organisationId, { ...input, adminId: admin.id });
  if (!result.ok) return failed(result);
  refresh();
  return { ok: true, data: undefined, message: result.data.changed ? `Saved “${result.data.group.name}”.` : "Nothing to save: the group is unchanged." };
});

export const deleteGroupAction = adminAction("groups:write", groupIdSchema, async (input, { admin, organisationId, db }): Promise<ActionResult> => {
  const result = await deleteGroup(db, organisationId, { id: input.id, adminId: admin.id });
  if (!result.ok) return failed(result);
  refresh();
  const members = result.data.members === 1 ? "Its 1 member stays" : `Its ${result.data.members.toLocaleString("en-GB")} members stay`;
  return { ok: true, data: undefined, message: `Deleted the group “${result.data.name}”. ${members} in Rollcall.` };
});
