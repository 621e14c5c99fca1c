import { idempotent, requestFingerprint } from "@/lib/api/idempotency";
import { problem } from "@/lib/api/problem";
import { answerImportRequest } from "@/lib/api/v1/answer-import";
import { apiRoute } from "@/lib/api/v1/api-route";
import { createImport } from "@/lib/api/v1/endpoints";
import { DEFAULT_MAX_BYTES } from "@/lib/imports/limits";
import { BodyTooLargeError, readLimitedBody } from "@/lib/http/read-limited-body";

/** Room for a multipart envelope around a file of the largest size. */
const FORM_ALLOWANCE_BYTES = 1024 * 1024;

export const POST = apiRoute(createImport, async ({ request, db, organisationId, token, query }) => {
  let body: Uint8Array;
  try {
    body = await readLimitedBody(request, DEFAULT_MAX_BYTES + FORM_ALLOWANCE_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw problem(413, "too_large", `This request is larger than ${DEFAULT_MAX_BYTES / (1024 * 1024)} MB. Split the users into several imports.`);
    throw error;
  }
  const contentType = request.headers.get("content-type");
  return idempotent(db, { organisationId, key: request.headers.get("idempotency-key"), fingerprint: requestFingerprint(request, body) }, () =>
    answerImportRequest(db, { organisationId, token, query, contentType, body }),
  );
});
