import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Role } from "@/lib/auth/roles";
import { audit } from "@/lib/server/audit";
import { lockTeam, TEAM_ERRORS, type TeamResult } from "./team-rules";

/**
 * Gives an admin another role. Their sessions end on their next request (the
 * session version is bumped), so the new role applies at once everywhere. The
 * last owner can't be demoted: the owners are counted under the team's row
 * locks, in the same transaction as the change.
 */
export async function changeAdminRole(
  db: PrismaClient,
  organisationId: string,
  input: { adminId: string; role: Role; changedById: string },
): Promise<TeamResult<{ name: string; previous: Role; changed: boolean }>> {
  const outcome = await db.$transaction(async (tx) => {
    const team = await lockTeam(tx, organisationId);
    const target = team.find((admin) => admin.id === input.adminId);
    if (!target) return { ok: false as const, error: TEAM_ERRORS.adminNotFound };
    if (target.role === input.role) return { ok: true as const, previous: target.role, changed: false };
    if (target.role === "OWNER" && team.filter((admin) => admin.role === "OWNER").length === 1) return { ok: false as const, error: TEAM_ERRORS.lastOwner };
    await tx.admin.update({ where: { id: target.id }, data: { role: input.role, sessionVersion: { increment: 1 } } });
    return { ok: true as const, previous: target.role, changed: true };
  });
  if (!outcome.ok) return outcome;
  const admin = await db.admin.findUniqueOrThrow({ where: { id: input.adminId }, select: { name: true, username: true } });
  if (outcome.changed) {
    await audit(db, { action: "admin.role_changed", organisationId, adminId: input.changedById, detail: { targetAdminId: input.adminId, username: admin.username, from: outcome.previous, to: input.role } });
  }
  return { ok: true, data: { name: admin.name, previous: outcome.previous, changed: outcome.changed } };
}
