import type { PrismaClient } from "@/generated/prisma/client";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;

export type ThrottleScope = "login" | "username-reminder" | "password-reset" | "password-change";

/** Per-scope limits within the window: per identity (username or email) and per client IP. */
const LIMITS: Record<ThrottleScope, { identity: number; ip: number }> = {
  login: { identity: 5, ip: 20 },
  "username-reminder": { identity: 5, ip: 20 },
  "password-reset": { identity: 5, ip: 20 },
  // The current-password check on the account page: a borrowed session can't guess its way to a new password.
  "password-change": { identity: 5, ip: 20 },
};

function identityKey(identity: string) {
  return `id:${identity.trim().toLowerCase()}`;
}

export interface Attempt {
  allowed: boolean;
  /** Forgets this attempt (a refused or successful one shouldn't count against the limit). */
  forget(): Promise<void>;
}

/**
 * Records an attempt, then counts the window including it. Recording first
 * means simultaneous requests can't all slip under the limit before any of
 * them is counted. Kept in PostgreSQL, so the limit holds across restarts
 * and app processes. Without a trusted client address (`ip` null) only the
 * per-identity limit applies.
 */
export async function claimAttempt(db: PrismaClient, scope: ThrottleScope, identity: string, ip: string | null): Promise<Attempt> {
  const keys = [identityKey(identity), ...(ip === null ? [] : [`ip:${ip}`])];
  const created = await db.authAttempt.createManyAndReturn({ data: keys.map((key) => ({ scope, key })), select: { id: true } });
  const since = new Date(Date.now() - THROTTLE_WINDOW_MS);
  const [byIdentity, byIp] = await Promise.all(keys.map((key) => db.authAttempt.count({ where: { scope, key, createdAt: { gte: since } } })));
  return {
    allowed: byIdentity! <= LIMITS[scope].identity && (byIp === undefined || byIp <= LIMITS[scope].ip),
    forget: async () => {
      await db.authAttempt.deleteMany({ where: { id: { in: created.map((c) => c.id) } } });
    },
  };
}

/** A successful login forgives that username's earlier typos (the IP's count stays). */
export async function clearIdentityAttempts(db: PrismaClient, scope: ThrottleScope, identity: string) {
  await db.authAttempt.deleteMany({ where: { scope, key: identityKey(identity) } });
}

export const THROTTLED_MESSAGE = "Too many attempts. For your security, please wait 15 minutes and try again.";
