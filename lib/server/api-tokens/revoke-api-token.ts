import type { PrismaClient } from "@/generated/prisma/client";
import { audit } from "@/lib/server/audit";

export const TOKEN_NOT_FOUND = "This token doesn't exist. Refresh the list to see the current tokens.";

export type RevokeResult = { ok: true; name: string; alreadyRevoked: boolean } | { ok: false; error: string };

/** Revokes a token of this organisation; its next request is refused (every request reads the token afresh). */
export async function revokeApiToken(db: PrismaClient, input: { organisationId: string; tokenId: string; adminId: string | null }): Promise<RevokeResult> {
  const token = await db.apiToken.findFirst({ where: { id: input.tokenId, organisationId: input.organisationId }, select: { id: true, name: true } });
  if (!token) return { ok: false, error: TOKEN_NOT_FOUND };
  const revoked = await db.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt: new Date() } });
  if (revoked.count === 0) return { ok: true, name: token.name, alreadyRevoked: true };
  await audit(db, { action: "api_token.revoked", organisationId: input.organisationId, adminId: input.adminId, detail: { tokenId: token.id, name: token.name } });
  return { ok: true, name: token.name, alreadyRevoked: false };
}
