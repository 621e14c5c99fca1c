import type { PrismaClient } from "@/generated/prisma/client";
import { type ApiScope, sortScopes } from "@/lib/api/scopes";
import { isTokenSecret } from "@/lib/api/token-secret";
import { hashToken } from "@/lib/server/auth/tokens";

export interface ApiCaller {
  tokenId: string;
  name: string;
  organisationId: string;
  scopes: ApiScope[];
}

export type TokenRefusal = { reason: "missing" | "malformed" | "unknown" } | { reason: "expired" | "revoked"; at: Date };

export type TokenCheck = { ok: true; caller: ApiCaller } | ({ ok: false } & TokenRefusal);

/** Last used is a day-to-day signal, not an access log: writing it once a minute spares a write per request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** The bearer secret from an Authorization header, or null when there is none. */
export function bearerSecret(header: string | null): string | null {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header ?? "");
  return match ? match[1]! : header?.trim() ? "" : null;
}

/**
 * Who is calling, from the secret alone: the token row is read on every
 * request, so a revoked or expired token is refused on its next one. Only
 * the secret's hash is looked up; the organisation comes from the token,
 * never from the request.
 */
export async function authenticateApiToken(db: PrismaClient, secret: string | null, now = new Date()): Promise<TokenCheck> {
  if (secret === null) return { ok: false, reason: "missing" };
  if (!isTokenSecret(secret)) return { ok: false, reason: "malformed" };
  const token = await db.apiToken.findUnique({
    where: { secretHash: hashToken(secret) },
    select: { id: true, name: true, organisationId: true, scopes: true, expiresAt: true, revokedAt: true, lastUsedAt: true },
  });
  if (!token) return { ok: false, reason: "unknown" };
  if (token.revokedAt) return { ok: false, reason: "revoked", at: token.revokedAt };
  if (token.expiresAt && token.expiresAt <= now) return { ok: false, reason: "expired", at: token.expiresAt };
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS)
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  return { ok: true, caller: { tokenId: token.id, name: token.name, organisationId: token.organisationId, scopes: sortScopes(token.scopes) } };
}
