import type { PrismaClient } from "@/generated/prisma/client";
import { audit } from "@/lib/server/audit";
import { burnPasswordCheck, verifyPassword } from "./password";
import { claimAttempt, clearIdentityAttempts } from "./throttle";

export type LoginResult =
  | { ok: true; admin: { id: string; organisationId: string; sessionVersion: number; name: string; email: string } }
  | { ok: false; reason: "invalid" | "throttled" };

/**
 * Checks a username/password pair. Unknown usernames cost the same bcrypt
 * work as wrong passwords, and both give the same answer; so do admins
 * removed from their team. Failed and refused
 * attempts are logged in the organisation of the admin whose username was
 * typed; one that names no admin belongs to no organisation (what was typed
 * may be someone's password, so no admin ever sees it). Passwords never are.
 */
export async function attemptLogin(
  db: PrismaClient,
  input: { username: string; password: string; ip: string | null },
): Promise<LoginResult> {
  const username = input.username.trim().toLowerCase();
  const attempt = await claimAttempt(db, "login", username, input.ip);
  // Looked up before the throttle answers, so a refused attempt on an admin's username shows in their organisation's log.
  const found = await db.admin.findUnique({ where: { username } });
  const admin = found && !found.removedAt ? found : null;
  if (!attempt.allowed) {
    await attempt.forget();
    await audit(db, { action: "login.throttled", organisationId: admin?.organisationId, ip: input.ip, detail: { username } });
    return { ok: false, reason: "throttled" };
  }

  const valid = admin ? await verifyPassword(input.password, admin.passwordHash) : await burnPasswordCheck(input.password);
  if (!admin || !valid) {
    await audit(db, { action: "login.failed", organisationId: admin?.organisationId, ip: input.ip, detail: { username } });
    return { ok: false, reason: "invalid" };
  }

  await attempt.forget();
  await clearIdentityAttempts(db, "login", username);
  await db.admin.update({ where: { id: admin.id }, data: { lastLoginAt: new Date() } });
  await audit(db, { action: "login.succeeded", organisationId: admin.organisationId, adminId: admin.id, ip: input.ip });
  return {
    ok: true,
    admin: { id: admin.id, organisationId: admin.organisationId, sessionVersion: admin.sessionVersion, name: admin.name, email: admin.email },
  };
}
