import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { newPasswordSchema } from "./auth";

const roleSchema = z.enum(ROLES, { error: "Choose a role: Owner, Admin or Viewer." });
const idSchema = z.string().min(1).max(64);

export const inviteAdminSchema = z.object({
  name: z.string({ error: "Enter their name." }).trim().min(1, "Enter their name.").max(120, "Use at most 120 characters."),
  email: z.email("Enter a valid email address, like name@example.com.").trim().max(320),
  role: roleSchema,
});
export type InviteAdminInput = z.input<typeof inviteAdminSchema>;

export const invitationIdSchema = z.object({ id: idSchema });
export const changeRoleSchema = z.object({ adminId: idSchema, role: roleSchema });
export const removeAdminSchema = z.object({ adminId: idSchema });

export const USERNAME_RULE = "Use 3 to 40 characters: letters, digits, dots, dashes or underscores.";

/** Usernames are stored lower-cased (Admin.username), so "Sam.Lee" and "sam.lee" are one username. */
export const usernameSchema = z
  .string({ error: "Choose a username." })
  .trim()
  .toLowerCase()
  .min(3, USERNAME_RULE)
  .max(40, USERNAME_RULE)
  .regex(/^[a-z0-9._-]+$/, USERNAME_RULE);

/** The accept page's form: the invitation's token travels as a hidden field, as a reset link's does. */
export const acceptInvitationFormSchema = newPasswordSchema.and(z.object({ username: usernameSchema }));
export const acceptInvitationSchema = acceptInvitationFormSchema.and(z.object({ token: z.string().min(20).max(200) }));
