import type { Prisma } from "@/generated/prisma/client";

export const ERASED_SCIM_DETAIL = "This request named a person who has since been erased on request.";

/**
 * Failed SCIM requests quote what the identity provider sent (a filter on
 * an email, "x became another user's email"): one that mentions these
 * people keeps its method, status and path without the query, and loses its sentence.
 */
export async function scrubScimErrors(tx: Prisma.TransactionClient, organisationId: string, patterns: string[], ids: string[]): Promise<number> {
  const candidates = await tx.$queryRaw<{ id: bigint; path: string }[]>`
    SELECT "id", "path" FROM "ScimRequestError"
    WHERE "organisationId" = ${organisationId} AND ("path" ILIKE ANY(${patterns}::text[]) OR "detail" ILIKE ANY(${patterns}::text[]))`;
  for (const row of candidates) {
    const path = ids.reduce((kept, id) => kept.split(id).join("{erased}"), row.path.split("?")[0]!);
    await tx.scimRequestError.update({ where: { id: row.id }, data: { path, detail: ERASED_SCIM_DETAIL } });
  }
  return candidates.length;
}
