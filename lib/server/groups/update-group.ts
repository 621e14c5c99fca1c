import "server-only";
import type { Group, PrismaClient } from "@/generated/prisma/client";
import { groupNameKey } from "@/lib/imports/groups-cell";
import { audit } from "@/lib/server/audit";
import { cleanDefinition, GROUP_NOT_FOUND, groupDefinitionProblem, type GroupResult, isUniqueViolation, nameClash } from "./group-rules";

/** Renames a group or changes its description; members stay. */
export async function updateGroup(
  db: PrismaClient,
  organisationId: string,
  input: { id: string; name: string; description?: string; adminId: string | null },
): Promise<GroupResult<{ group: Group; changed: boolean }>> {
  const group = await db.group.findFirst({ where: { id: input.id, organisationId } });
  if (!group) return { ok: false, error: GROUP_NOT_FOUND };
  const { name, description } = cleanDefinition(input);
  const problem = groupDefinitionProblem(name, description) ?? (await nameClash(db, organisationId, name, group.id));
  if (problem) return problem;
  if (name === group.name && description === group.description) return { ok: true, data: { group, changed: false } };
  let updated: Group;
  try {
    updated = await db.group.update({ where: { id: group.id }, data: { name, nameKey: groupNameKey(name), description } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return (await nameClash(db, organisationId, name, group.id)) ?? { ok: false, error: "Someone changed the groups at the same time. Reload the page and try again." };
  }
  await audit(db, { action: "groups.changed", organisationId, adminId: input.adminId, detail: { change: "updated", groupId: group.id, from: group.name, to: name } });
  return { ok: true, data: { group: updated, changed: true } };
}
