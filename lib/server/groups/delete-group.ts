import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { audit } from "@/lib/server/audit";
import { GROUP_NOT_FOUND, type GroupResult } from "./group-rules";

/**
 * Deletes a group and its memberships; its members stay in Rollcall. Takes
 * the organisation's import lock, so a running import chunk never adds a
 * member to a group that is half gone.
 */
export async function deleteGroup(
  db: PrismaClient,
  organisationId: string,
  input: { id: string; adminId: string | null },
): Promise<GroupResult<{ name: string; members: number }>> {
  const deleted = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${organisationId}))`;
    const group = await tx.group.findFirst({ where: { id: input.id, organisationId }, select: { id: true, name: true, _count: { select: { members: true } } } });
    if (!group) return null;
    await tx.group.delete({ where: { id: group.id } });
    return { name: group.name, members: group._count.members };
  });
  if (!deleted) return { ok: false, error: GROUP_NOT_FOUND };
  await audit(db, { action: "groups.changed", organisationId, adminId: input.adminId, detail: { change: "deleted", groupId: input.id, ...deleted } });
  return { ok: true, data: deleted };
}
