import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { audit } from "@/lib/server/audit";
import { lockTeam, TEAM_ERRORS, type TeamResult } from "./team-rules";

/**
 * Takes an admin off the team. They can't sign in or reset their password
 * from now on, their reset links are deleted, and their sessions end on
 * their next request. The row stays (marked removed), so imports and the
 * activity log still name them. The last owner can't be removed.
 */
export async function removeAdmin(db: PrismaClient, organisationId: string, input: { adminId: string; removedById: string }): Promise<TeamResult<{ name: string }>> {
  const outcome = await db.$transaction(async (tx) => {
    const team = await lockTeam(tx, organisationId);
    const target = team.find((admin) => admin.id === input.adminId);
    if (!target) return { ok: false as const, error: TEAM_ERRORS.adminNotFound };
    if (target.role === "OWNER" && team.filter((admin) => admin.role === "OWNER").length === 1) return { ok: false as const, error: TEAM_ERRORS.lastOwner };
    const admin = await tx.admin.update({ where: { id: target.id }, data: { removedAt: new Date(), sessionVersion: { increment: 1 } }, select: { name: true, username: true, role: true } });
    await tx.passwordResetToken.deleteMany({ where: { adminId: target.id } });
    return { ok: true as const, admin };
  });
  if (!outcome.ok) return outcome;
  await audit(db, { action: "admin.removed", organisationId, adminId: input.removedById, detail: { targetAdminId: input.adminId, username: outcome.admin.username, role: outcome.admin.role } });
  return { ok: true, data: { name: outcome.admin.name } };
}
