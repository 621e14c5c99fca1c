import "server-only";
import type { Group, PrismaClient } from "@/generated/prisma/client";
import { groupNameKey } from "@/lib/imports/groups-cell";
import { audit } from "@/lib/server/audit";
import { cleanDefinition, groupDefinitionProblem, type GroupResult, isUniqueViolation, nameClash } from "./group-rules";

/** Adds an empty group; its name must be new to the organisation, ignoring case and spacing. */
export async function createGroup(
  db: PrismaClient,
  organisationId: string,
  input: { name: string; description?: string; adminId: string | null },
): Promise<GroupResult<Group>> {
  const { name, description } = cleanDefinition(input);
  const problem = groupDefinitionProblem(name, description) ?? (await nameClash(db, organisationId, name));
  if (problem) return problem;
  let group: Group;
  try {
    group = await db.group.create({ data: { organisationId, name, nameKey: groupNameKey(name), description } });
  } catch (error) {
    // Another request (or an import) took the name between the check and the insert.
    if (!isUniqueViolation(error)) throw error;
    return (await nameClash(db, organisationId, name)) ?? { ok: false, error: "Someone added a group with this name at the same time. Reload the page.", path: "name" };
  }
  await audit(db, { action: "groups.changed", organisationId, adminId: input.adminId, detail: { change: "created", groupId: group.id, name } });
  return { ok: true, data: group };
}
