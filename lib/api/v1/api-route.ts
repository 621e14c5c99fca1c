import "server-only";
import type { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { ApiProblem, problem } from "@/lib/api/problem";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { type ApiCaller, authenticateApiToken, bearerSecret, type TokenRefusal } from "@/lib/server/api-tokens/authenticate-api-token";
import { countApiRequest, type RateCount } from "@/lib/server/api-tokens/count-api-request";
import type { AuditToken } from "@/lib/server/audit";
import type { Endpoint } from "./endpoints";
import { issuesOf } from "./issues";

type Output<S> = S extends z.ZodType ? z.output<S> : Record<string, never>;

export interface ApiContext<Q, P> {
  request: Request;
  query: Output<Q>;
  params: Output<P>;
  caller: ApiCaller;
  organisationId: string;
  /** The token as audit entries name it. */
  token: AuditToken;
  db: PrismaClient;
}

export type ApiHandler = ((request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>) & { endpoint: Endpoint };

const CREATE_TOKEN = "Create one in Settings → API tokens.";
const when = (at: Date) => at.toISOString().replace(/:\d\d\.\d+Z$/, " UTC").replace("T", " at ");

function refusal(check: TokenRefusal): ApiProblem {
  const headers = { "WWW-Authenticate": `Bearer realm="Rollcall API"${check.reason === "missing" ? "" : ', error="invalid_token"'}` };
  const detail = {
    missing: `Send an API token in the Authorization header: "Authorization: Bearer rc_…". ${CREATE_TOKEN}`,
    malformed: "This isn't a Rollcall API token: tokens start with rc_ and are 46 characters long. Check that the whole token was copied.",
    unknown: `This API token isn't recognised. Check that it was copied whole, or ${CREATE_TOKEN.toLowerCase()}`,
    expired: `This API token expired on ${"at" in check ? when(check.at) : ""}. ${CREATE_TOKEN}`,
    revoked: `This API token was revoked on ${"at" in check ? when(check.at) : ""}. ${CREATE_TOKEN}`,
  }[check.reason];
  return problem(401, check.reason === "missing" ? "token_missing" : `token_${check.reason === "malformed" ? "unknown" : check.reason}`, detail, { headers });
}

function rateHeaders(rate: RateCount): Record<string, string> {
  const reset = Math.max(1, Math.ceil((rate.resetAt.getTime() - Date.now()) / 1000));
  return { "RateLimit-Limit": String(rate.limit), "RateLimit-Remaining": String(rate.remaining), "RateLimit-Reset": String(reset) };
}

function parseQuery<S extends z.ZodType | undefined>(schema: S, url: string): Output<S> {
  if (!schema) return {} as Output<S>;
  const parsed = schema.safeParse(Object.fromEntries(new URL(url).searchParams));
  if (parsed.success) return parsed.data as Output<S>;
  const errors = issuesOf(parsed.error);
  const first = errors[0]!;
  throw problem(400, "invalid_query", first.field ? `Query parameter ${first.field}: ${first.message}` : first.message, { errors });
}

export const notFound = (endpoint: Pick<Endpoint, "notFound">) => problem(404, "not_found", endpoint.notFound ?? "Nothing has this id in your organisation.");

function parseParams<S extends z.ZodType | undefined>(endpoint: Endpoint, schema: S, params: unknown): Output<S> {
  if (!schema) return {} as Output<S>;
  const parsed = schema.safeParse(params);
  // A malformed id can't name a record: it gets the 404 an id that names none gets.
  if (!parsed.success) throw notFound(endpoint);
  return parsed.data as Output<S>;
}

/**
 * The one wrapper every /api/v1 route handler goes through, the twin of
 * adminAction: it resolves the token (and with it the organisation, never
 * from the request), counts the request against the token's rate limit,
 * checks the endpoint's scope and validates the query and path with the
 * endpoint's own schemas. Problems become problem+json; anything unexpected
 * is logged and answered with a sentence, never a stack trace.
 */
export function apiRoute<Q extends z.ZodObject | undefined, P extends z.ZodObject | undefined>(
  endpoint: Endpoint<Q, P>,
  handler: (ctx: ApiContext<Q, P>) => Promise<Response>,
): ApiHandler {
  const route = async (request: Request, context: { params: Promise<Record<string, string>> }) => {
    let rate: RateCount | null = null;
    let response: Response;
    try {
      const db = await getDb();
      const check = await authenticateApiToken(db, bearerSecret(request.headers.get("authorization")));
      if (!check.ok) throw refusal(check);
      const { caller } = check;
      rate = await countApiRequest(db, caller.tokenId, env.API_RATE_LIMIT_PER_MINUTE);
      if (!rate.allowed) {
        const retryAfter = rateHeaders(rate)["RateLimit-Reset"]!;
        throw problem(429, "rate_limited", `This token has made ${rate.limit} requests this minute, its limit. Wait ${retryAfter} seconds and try again.`, { headers: { "Retry-After": retryAfter } });
      }
      if (!caller.scopes.includes(endpoint.scope)) {
        const has = caller.scopes.length ? caller.scopes.join(", ") : "none";
        throw problem(403, "insufficient_scope", `This token can't ${endpoint.summary.toLowerCase()}: that needs the ${endpoint.scope} scope, and the token has ${has}. Create a token with ${endpoint.scope} in Settings → API tokens.`);
      }
      const query = parseQuery(endpoint.query, request.url);
      const params = parseParams(endpoint as Endpoint, endpoint.params, await context.params);
      response = await handler({ request, query, params, caller, organisationId: caller.organisationId, token: { id: caller.tokenId, name: caller.name }, db });
    } catch (error) {
      if (error instanceof ApiProblem) response = error.toResponse();
      else {
        console.error(`[api] ${endpoint.method} ${endpoint.path} failed:`, error);
        response = problem(500, "internal_error", "Something went wrong on our side. Try again in a minute; if it keeps failing, contact support with the time of the request.").toResponse();
      }
    }
    if (rate) for (const [name, value] of Object.entries(rateHeaders(rate))) response.headers.set(name, value);
    return response;
  };
  return Object.assign(route, { endpoint: endpoint as Endpoint });
}
