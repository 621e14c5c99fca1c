"use server";

import { revalidatePath } from "next/cache";
import { adminAction, fail, type ActionResult } from "@/lib/actions";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";
import { createApiTokenSchema, expiryDate, revokeApiTokenSchema } from "@/lib/validations/api-tokens";

export interface CreatedTokenView {
  name: string;
  secret: string;
}

export const createApiTokenAction = adminAction("api_tokens:manage", createApiTokenSchema, async (input, { admin, organisationId, db }): Promise<ActionResult<CreatedTokenView>> => {
  const token = await createApiToken(db, { organisationId, createdById: admin.id, name: input.name, scopes: input.scopes, expiresAt: expiryDate(input.expiresIn) });
  // No revalidatePath here: re-rendering the list now could unmount the dialog that shows the secret. The dialog refreshes the list once it is closed.
  return { ok: true, data: { name: token.name, secret: token.secret } };
});

export const revokeApiTokenAction = adminAction("api_tokens:manage", revokeApiTokenSchema, async (input, { admin, organisationId, db }): Promise<ActionResult> => {
  const result = await revokeApiToken(db, { organisationId, tokenId: input.id, adminId: admin.id });
  if (!result.ok) return fail(result.error);
  revalidatePath("/settings/api-tokens");
  return {
    ok: true,
    data: undefined,
    message: result.alreadyRevoked ? `“${result.name}” was already revoked.` : `Revoked “${result.name}”. Requests with it are refused from now on.`,
  };
});
