import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import type { ApiScope } from "@/lib/api/scopes";
import { type ApiCaller, authenticateApiToken, bearerSecret, type TokenRefusal } from "@/lib/server/api-tokens/authenticate-api-token";
import { countApiRequest, type RateCount } from "@/lib/server/api-tokens/count-api-request";

/** Why a request was turned away at the gate; each wrapper words it in its own error format. */
export interface GateRefusal {
  status: 401 | 403 | 429;
  code: string;
  detail: string;
  headers: Record<string, string>;
}

export interface GatePass {
  caller: ApiCaller | null;
  /** Counted as soon as the token is known, so refused requests carry RateLimit-* headers too. */
  rate: RateCount | null;
  refusal: GateRefusal | null;
}

const CREATE_TOKEN = "Create one in Settings → API tokens.";
const when = (at: Date) => at.toISOString().replace(/:\d\d\.\d+Z$/, " UTC").replace("T", " at ");

function tokenRefusal(check: TokenRefusal, realm: string): GateRefusal {
  const headers = { "WWW-Authenticate": `Bearer realm="${realm}"${check.reason === "missing" ? "" : ', error="invalid_token"'}` };
  const detail = {
    missing: `Send an API token in the Authorization header: "Authorization: Bearer rc_…". ${CREATE_TOKEN}`,
    malformed: "This isn't a Rollcall API token: tokens start with rc_ and are 46 characters long. Check that the whole token was copied.",
    unknown: `This API token isn't recognised. Check that it was copied whole, or ${CREATE_TOKEN.toLowerCase()}`,
    expired: `This API token expired on ${"at" in check ? when(check.at) : ""}. ${CREATE_TOKEN}`,
    revoked: `This API token was revoked on ${"at" in check ? when(check.at) : ""}. ${CREATE_TOKEN}`,
  }[check.reason];
  return { status: 401, code: check.reason === "missing" ? "token_missing" : `token_${check.reason === "malformed" ? "unknown" : check.reason}`, detail, headers };
}

export function rateHeaders(rate: RateCount): Record<string, string> {
  const reset = Math.max(1, Math.ceil((rate.resetAt.getTime() - Date.now()) / 1000));
  return { "RateLimit-Limit": String(rate.limit), "RateLimit-Remaining": String(rate.remaining), "RateLimit-Reset": String(reset) };
}

/**
 * What every token-authenticated route (/api/v1 and /scim/v2) checks before
 * it does anything: the bearer token (and with it the organisation, never
 * from the request), the token's per-minute rate limit, and the one scope
 * the route needs. `action` completes "This token can't …" in the 403.
 */
export async function openTokenGate(db: PrismaClient, request: Request, need: { scope: ApiScope; action: string; realm: string }): Promise<GatePass> {
  const check = await authenticateApiToken(db, bearerSecret(request.headers.get("authorization")));
  if (!check.ok) return { caller: null, rate: null, refusal: tokenRefusal(check, need.realm) };
  const { caller } = check;
  const rate = await countApiRequest(db, caller.tokenId, env.API_RATE_LIMIT_PER_MINUTE);
  if (!rate.allowed) {
    const retryAfter = rateHeaders(rate)["RateLimit-Reset"]!;
    const detail = `This token has made ${rate.limit} requests this minute, its limit. Wait ${retryAfter} seconds and try again.`;
    return { caller, rate, refusal: { status: 429, code: "rate_limited", detail, headers: { "Retry-After": retryAfter } } };
  }
  if (!caller.scopes.includes(need.scope)) {
    const has = caller.scopes.length ? caller.scopes.join(", ") : "none";
    const detail = `This token can't ${need.action}: that needs the ${need.scope} scope, and the token has ${has}. Create a token with ${need.scope} in Settings → API tokens.`;
    return { caller, rate, refusal: { status: 403, code: "insufficient_scope", detail, headers: {} } };
  }
  return { caller, rate, refusal: null };
}
