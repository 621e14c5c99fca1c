import { createHash } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { ApiProblem, problem } from "./problem";

/** How long a key is remembered: a day covers any retry schedule a script would use. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;
const KEY = /^[\x21-\x7e]{1,255}$/;
/** A claim still unanswered after this long was left by a process that died mid-request: the key is free again. */
export const ABANDONED_CLAIM_MS = 10 * 60 * 1000;

export interface StoredAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** What makes two requests "the same": method, path, query and body bytes. */
export function requestFingerprint(request: Request, body: Uint8Array): string {
  const url = new URL(request.url);
  return createHash("sha256").update(`${request.method} ${url.pathname}${url.search}\n${request.headers.get("content-type") ?? ""}\n`).update(body).digest("hex");
}

function toResponse(answer: StoredAnswer, replayed: boolean): Response {
  return Response.json(answer.body, { status: answer.status, headers: { "Cache-Control": "no-store", ...answer.headers, ...(replayed ? { "Idempotent-Replayed": "true" } : {}) } });
}

/**
 * Runs `answer` once per Idempotency-Key: the key is claimed before the
 * work starts, so two simultaneous requests with one key can't both start
 * an import, and the stored answer is replayed to every retry. A key sent
 * with a different request is refused (it is a client bug, not a retry); a
 * failure on our side releases the key so the retry can do the work.
 */
export async function idempotent(
  db: PrismaClient,
  input: { organisationId: string; key: string | null; fingerprint: string },
  answer: () => Promise<StoredAnswer>,
): Promise<Response> {
  const { organisationId, key, fingerprint } = input;
  if (key === null) return toResponse(await answer(), false);
  if (!KEY.test(key)) throw problem(400, "invalid_idempotency_key", "The Idempotency-Key header must be 1 to 255 visible ASCII characters, such as a UUID.");

  const now = Date.now();
  await db.apiIdempotencyKey.deleteMany({
    where: {
      organisationId,
      key,
      OR: [{ createdAt: { lt: new Date(now - IDEMPOTENCY_KEY_TTL_MS) } }, { status: null, createdAt: { lt: new Date(now - ABANDONED_CLAIM_MS) } }],
    },
  });
  const claimed = await db.$executeRaw`
    INSERT INTO "ApiIdempotencyKey" ("organisationId", "key", "requestHash") VALUES (${organisationId}, ${key}, ${fingerprint})
    ON CONFLICT DO NOTHING`;
  if (claimed === 0) {
    const earlier = await db.apiIdempotencyKey.findUnique({ where: { organisationId_key: { organisationId, key } } });
    if (!earlier) throw problem(409, "idempotency_key_in_progress", "A request with this Idempotency-Key was just being answered. Send it again.", { headers: { "Retry-After": "1" } });
    if (earlier.requestHash !== fingerprint)
      throw problem(422, "idempotency_key_reused", "This Idempotency-Key was already used for a different request. Use a new key for each new request, and the same key only to retry one.");
    if (earlier.status === null)
      throw problem(409, "idempotency_key_in_progress", "A request with this Idempotency-Key is still being answered. Wait a moment and send it again to get its answer.", { headers: { "Retry-After": "2" } });
    return toResponse({ status: earlier.status, ...(earlier.response as Omit<StoredAnswer, "status">) }, true);
  }

  let result: StoredAnswer;
  try {
    result = await answer();
  } catch (error) {
    // Refusals of the request itself (4xx) are remembered too: the same request would get the same answer.
    if (error instanceof ApiProblem && error.status < 500)
      result = { status: error.status, body: error.body(), headers: { "Content-Type": "application/problem+json", ...error.extras.headers } };
    else {
      await db.apiIdempotencyKey.delete({ where: { organisationId_key: { organisationId, key } } });
      throw error;
    }
  }
  await db.apiIdempotencyKey.update({
    where: { organisationId_key: { organisationId, key } },
    data: { status: result.status, response: { body: result.body as object, headers: result.headers ?? {} } },
  });
  return toResponse(result, false);
}
