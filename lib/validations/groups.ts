import { z } from "zod";
import { GROUP_SEPARATOR, MAX_GROUP_NAME_LENGTH } from "@/lib/imports/groups-cell";
import { learnerIdsSchema } from "./learners";

export const MAX_GROUP_DESCRIPTION_LENGTH = 500;

const id = z.string().min(1).max(64);

/** A group's name and description, as the create and edit forms send them. */
export const groupDefinitionSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter a name, like Fire wardens.")
    .max(MAX_GROUP_NAME_LENGTH, `Use at most ${MAX_GROUP_NAME_LENGTH} characters.`)
    .refine((name) => !name.includes(GROUP_SEPARATOR), "Leave out “;”: the spreadsheet's Groups column separates group names with it."),
  description: z.string().trim().max(MAX_GROUP_DESCRIPTION_LENGTH, `Use at most ${MAX_GROUP_DESCRIPTION_LENGTH} characters.`).default(""),
});
export type GroupDefinitionInput = z.input<typeof groupDefinitionSchema>;

export const updateGroupSchema = groupDefinitionSchema.extend({ id });

export const groupIdSchema = z.object({ id });

/** Adding the selected users to a group, or removing them from it. */
export const groupMembersSchema = learnerIdsSchema.extend({ groupId: id });

/** A user's groups as the user page's editor saves them: exactly these. */
export const learnerGroupsSchema = z.object({
  learnerId: id,
  groupIds: z.array(id).max(500, "Choose at most 500 groups."),
});
