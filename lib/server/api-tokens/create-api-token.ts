import type { PrismaClient } from "@/generated/prisma/client";
import type { ApiScope } from "@/lib/api/scopes";
import { newTokenSecret } from "@/lib/api/token-secret";
import { audit } from "@/lib/server/audit";

export interface CreatedApiToken {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  expiresAt: Date | null;
  /** The only time the secret exists outside the caller's hands: it is not stored. */
  secret: string;
}

/** Mints a token for the organisation; the answer carries the secret, which is never shown again. */
export async function createApiToken(
  db: PrismaClient,
  input: { organisationId: string; createdById: string | null; name: string; scopes: ApiScope[]; expiresAt: Date | null },
): Promise<CreatedApiToken> {
  const { secret, secretHash, prefix } = newTokenSecret();
  const token = await db.apiToken.create({
    data: { organisationId: input.organisationId, createdById: input.createdById, name: input.name, scopes: input.scopes, expiresAt: input.expiresAt, prefix, secretHash },
  });
  await audit(db, {
    action: "api_token.created",
    organisationId: input.organisationId,
    adminId: input.createdById,
    detail: { tokenId: token.id, name: token.name, scopes: input.scopes, expiresAt: input.expiresAt?.toISOString() ?? null },
  });
  return { id: token.id, name: token.name, prefix, scopes: input.scopes, expiresAt: token.expiresAt, secret };
}
