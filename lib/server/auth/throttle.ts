import type { PrismaClient } from "@/generated/prisma/client";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;

export type ThrottleScope = "login" | "username-reminder" | "password-reset";

/** Per-scope limits within the window: per identity (username or email) and per client IP. */
const LIMITS: Record<ThrottleScope, { identity: number; ip: number }> = {
  login: { identity: 5, ip: 20 },
  "username-reminder": { identity: 5, ip: 20 },
  "password-reset": { identity: 5, ip: 20 },
};

function keysFor(identity: string, ip: string) {
  return { identityKey: `id:${identity.trim().toLowerCase()}`, ipKey: `ip:${ip}` };
}

/**
 * Counts recorded attempts in the last 15 minutes. Kept in PostgreSQL so the
 * limit holds across restarts and across app processes.
 */
export async function isThrottled(db: PrismaClient, scope: ThrottleScope, identity: string, ip: string): Promise<boolean> {
  const { identityKey, ipKey } = keysFor(identity, ip);
  const since = new Date(Date.now() - THROTTLE_WINDOW_MS);
  const [byIdentity, byIp] = await Promise.all([
    db.authAttempt.count({ where: { scope, key: identityKey, createdAt: { gte: since } } }),
    db.authAttempt.count({ where: { scope, key: ipKey, createdAt: { gte: since } } }),
  ]);
  return byIdentity >= LIMITS[scope].identity || byIp >= LIMITS[scope].ip;
}

export async function recordAttempt(db: PrismaClient, scope: ThrottleScope, identity: string, ip: string) {
  const { identityKey, ipKey } = keysFor(identity, ip);
  await db.authAttempt.createMany({ data: [{ scope, key: identityKey }, { scope, key: ipKey }] });
}

/** A successful login forgives that username's earlier typos (the IP count stays). */
export async function clearIdentityAttempts(db: PrismaClient, scope: ThrottleScope, identity: string) {
  await db.authAttempt.deleteMany({ where: { scope, key: keysFor(identity, "").identityKey } });
}

export const THROTTLED_MESSAGE = "Too many attempts. For your security, please wait 15 minutes and try again.";
