import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { cleanGroupName, GROUP_SEPARATOR, groupNameKey, MAX_GROUP_NAME_LENGTH } from "@/lib/imports/groups-cell";
import { MAX_GROUP_DESCRIPTION_LENGTH } from "@/lib/validations/groups";

/** What the group functions answer; `path` names the form input an error belongs to. */
export type GroupResult<T = undefined> = { ok: true; data: T } | { ok: false; error: string; path?: "name" | "description" };

/** The same answer for a missing id and another organisation's group, so ids can't be probed. */
export const GROUP_NOT_FOUND = "This group doesn't exist any more. Reload the page to see the current groups.";

/** The name and description rules the forms check, checked again for callers that skip the forms. */
export function groupDefinitionProblem(name: string, description: string): GroupResult<never> | null {
  if (!name) return { ok: false, error: "Enter a name, like Fire wardens.", path: "name" };
  if (name.length > MAX_GROUP_NAME_LENGTH) return { ok: false, error: `Use at most ${MAX_GROUP_NAME_LENGTH} characters.`, path: "name" };
  if (name.includes(GROUP_SEPARATOR)) return { ok: false, error: "Leave out “;”: the spreadsheet's Groups column separates group names with it.", path: "name" };
  if (description.length > MAX_GROUP_DESCRIPTION_LENGTH) return { ok: false, error: `Use at most ${MAX_GROUP_DESCRIPTION_LENGTH} characters.`, path: "description" };
  return null;
}

/** Another group of the organisation whose name differs only in case or spacing. */
export async function nameClash(db: Pick<PrismaClient, "group">, organisationId: string, name: string, exceptId?: string): Promise<GroupResult<never> | null> {
  const clash = await db.group.findFirst({ where: { organisationId, nameKey: groupNameKey(name), ...(exceptId ? { id: { not: exceptId } } : {}) } });
  return clash ? { ok: false, error: `A group called “${clash.name}” already exists. Choose another name, or add the users to that group.`, path: "name" } : null;
}

export function cleanDefinition(input: { name: string; description?: string }) {
  return { name: cleanGroupName(input.name), description: (input.description ?? "").trim() };
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
