import type { PrismaClient } from "@/generated/prisma/client";
import type { ScimError } from "@/lib/scim/scim-error";

/** How many failed requests each organisation keeps: enough to see a pattern, never a growing table. */
export const KEPT_SCIM_ERRORS = 100;
const MAX_PATH = 500;
const MAX_DETAIL = 1000;

/** Identity providers GET a user by id to see whether it still exists: that 404 is an answer, not a failure. */
export const isWorthRecording = (method: string, status: number) => status >= 400 && !(method === "GET" && status === 404);

/**
 * Keeps a failed SCIM request for Settings → Directory sync, so an admin can
 * see what the identity provider was refused without opening its logs: the
 * method, path and query (the filter is the organisation's own data), the
 * status, scimType and the sentence it was answered with. Never the token
 * nor the body. Trims the organisation's log to the latest entries.
 */
export async function recordScimError(
  db: PrismaClient,
  entry: { organisationId: string; tokenName: string; method: string; url: string; error: ScimError },
): Promise<void> {
  const url = new URL(entry.url);
  await db.scimRequestError.create({
    data: {
      organisationId: entry.organisationId,
      tokenName: entry.tokenName,
      method: entry.method,
      path: `${url.pathname}${url.search}`.slice(0, MAX_PATH),
      status: entry.error.status,
      scimType: entry.error.scimType ?? null,
      detail: entry.error.detail.slice(0, MAX_DETAIL),
    },
  });
  await db.$executeRaw`
    DELETE FROM "ScimRequestError" WHERE "organisationId" = ${entry.organisationId} AND "id" <= (
      SELECT "id" FROM "ScimRequestError" WHERE "organisationId" = ${entry.organisationId} ORDER BY "id" DESC OFFSET ${KEPT_SCIM_ERRORS} LIMIT 1)`;
}
