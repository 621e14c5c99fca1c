import "server-only";
import type { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { ApiProblem, problem } from "@/lib/api/problem";
import { getDb } from "@/lib/db";
import { openTokenGate, rateHeaders } from "@/lib/api/token-gate";
import type { ApiCaller } from "@/lib/server/api-tokens/authenticate-api-token";
import type { RateCount } from "@/lib/server/api-tokens/count-api-request";
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
 * adminAction: it passes the token gate (token → organisation, rate limit,
 * the endpoint's scope; shared with scimRoute) and validates the query and path with the
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
      const gate = await openTokenGate(db, request, { scope: endpoint.scope, action: endpoint.summary.toLowerCase(), realm: "Rollcall API" });
      rate = gate.rate;
      if (gate.refusal) throw problem(gate.refusal.status, gate.refusal.code, gate.refusal.detail, { headers: gate.refusal.headers });
      const caller = gate.caller!;
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
