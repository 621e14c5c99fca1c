import type { PrismaClient } from "@/generated/prisma/client";
import { type ApiScope, sortScopes } from "@/lib/api/scopes";

export type ApiTokenState = "active" | "expired" | "revoked";

export interface ApiTokenListRow {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  createdBy: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  state: ApiTokenState;
}

export function tokenState(token: { expiresAt: Date | null; revokedAt: Date | null }, now = new Date()): ApiTokenState {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt <= now) return "expired";
  return "active";
}

/** The organisation's tokens, newest first: live ones, and revoked or expired ones kept for the record. `scope` keeps the tokens that have it. */
export async function listApiTokens(db: Pick<PrismaClient, "apiToken">, organisationId: string, opts: { scope?: ApiScope } = {}): Promise<ApiTokenListRow[]> {
  const tokens = await db.apiToken.findMany({
    where: { organisationId, ...(opts.scope ? { scopes: { has: opts.scope } } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, name: true, prefix: true, scopes: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true, createdBy: { select: { name: true } } },
  });
  const now = new Date();
  return tokens.map(({ createdBy, scopes, ...token }) => ({ ...token, scopes: sortScopes(scopes), createdBy: createdBy?.name ?? null, state: tokenState(token, now) }));
}
