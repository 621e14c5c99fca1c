import type { PrismaClient } from "@/generated/prisma/client";
import { audit, type AuditToken } from "@/lib/server/audit";

/**
 * DELETE /Groups/{id}: the group and its memberships go, its members stay
 * in Rollcall, and each of them gets "Removed from <group>" in their
 * history. Takes the organisation's import lock, as the groups page's delete
 * does, so a running import chunk never adds a member to a group half gone.
 * False when the organisation has no such group.
 */
export async function deleteScimGroup(db: PrismaClient, input: { organisationId: string; token: AuditToken; groupId: string }): Promise<boolean> {
  const deleted = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${input.organisationId}))`;
    const group = await tx.group.findFirst({ where: { id: input.groupId, organisationId: input.organisationId }, select: { id: true, name: true } });
    if (!group) return null;
    const members = await tx.$executeRaw`
      WITH gone AS (DELETE FROM "GroupMember" gm WHERE gm."groupId" = ${group.id} RETURNING gm."learnerId")
      INSERT INTO "GroupMembershipChange" ("learnerId", "groupId", "groupName", "added", "source", "actor", "createdAt")
      SELECT gone."learnerId", ${group.id}, ${group.name}, false, 'SCIM'::"ImportSource", ${input.token.name}, now() FROM gone`;
    await tx.group.delete({ where: { id: group.id } });
    return { name: group.name, members };
  });
  if (!deleted) return false;
  await audit(db, { action: "scim.group_deleted", organisationId: input.organisationId, token: input.token, detail: { groupId: input.groupId, displayName: deleted.name, members: deleted.members } });
  return true;
}
