"use server";

import { revalidatePath } from "next/cache";
import { adminAction, fail, type ActionResult } from "@/lib/actions";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { changeAdminRole } from "@/lib/server/team/change-admin-role";
import { inviteAdmin } from "@/lib/server/team/invite-admin";
import { removeAdmin } from "@/lib/server/team/remove-admin";
import { resendInvitation } from "@/lib/server/team/resend-invitation";
import { revokeInvitation } from "@/lib/server/team/revoke-invitation";
import { changeRoleSchema, invitationIdSchema, inviteAdminSchema, removeAdminSchema } from "@/lib/validations/team";

export const inviteAdminAction = adminAction("team:manage", inviteAdminSchema, async (input, { admin, organisationId, db }): Promise<ActionResult> => {
  const result = await inviteAdmin(db, organisationId, { ...input, invitedBy: { id: admin.id, name: admin.name } });
  if (!result.ok) return fail(result.error, { email: [result.error] });
  revalidatePath("/settings/team");
  if (result.data.delivery.status === "failed") return { ok: true, data: undefined, message: `Invited ${input.email}, but the email could not be sent. Resend it from the list of invitations.` };
  return { ok: true, data: undefined, message: `Invitation sent to ${input.email}. The link works for 7 days.` };
});

export const resendInvitationAction = adminAction("team:manage", invitationIdSchema, async ({ id }, { admin, organisationId, db }): Promise<ActionResult> => {
  const result = await resendInvitation(db, organisationId, { invitationId: id, sentBy: { id: admin.id, name: admin.name } });
  if (!result.ok) return fail(result.error);
  revalidatePath("/settings/team");
  return { ok: true, data: undefined, message: `Sent a new link to ${result.data.email}. The earlier link no longer works.` };
});

export const revokeInvitationAction = adminAction("team:manage", invitationIdSchema, async ({ id }, { admin, organisationId, db }): Promise<ActionResult> => {
  const result = await revokeInvitation(db, organisationId, { invitationId: id, adminId: admin.id });
  if (!result.ok) return fail(result.error);
  revalidatePath("/settings/team");
  return { ok: true, data: undefined, message: `Revoked the invitation to ${result.data.email}. Its link no longer works.` };
});

export const changeRoleAction = adminAction("team:manage", changeRoleSchema, async ({ adminId, role }, { admin, organisationId, db }): Promise<ActionResult> => {
  const result = await changeAdminRole(db, organisationId, { adminId, role, changedById: admin.id });
  if (!result.ok) return fail(result.error);
  revalidatePath("/settings/team");
  const { name, changed } = result.data;
  return { ok: true, data: undefined, message: changed ? `${name} is now ${role === "ADMIN" || role === "OWNER" ? "an" : "a"} ${ROLE_LABELS[role]}. Their other sessions have been signed out.` : `${name} already has that role.` };
});

export const removeAdminAction = adminAction("team:manage", removeAdminSchema, async ({ adminId }, { admin, organisationId, db }): Promise<ActionResult> => {
  const result = await removeAdmin(db, organisationId, { adminId, removedById: admin.id });
  if (!result.ok) return fail(result.error);
  revalidatePath("/settings/team");
  return { ok: true, data: undefined, message: `Removed ${result.data.name} from the team. Their sessions have ended.` };
});
