import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { openTokenGate, rateHeaders } from "@/lib/api/token-gate";
import type { ApiCaller } from "@/lib/server/api-tokens/authenticate-api-token";
import type { RateCount } from "@/lib/server/api-tokens/count-api-request";
import type { AuditToken } from "@/lib/server/audit";
import { isWorthRecording, recordScimError } from "@/lib/server/scim/record-scim-error";
import { ScimError, scimError } from "./scim-error";

export interface ScimOperation {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** As logs name it: /scim/v2/Users/{id}. */
  path: `/scim/v2/${string}`;
  /** Completes "This token can't …" when the token lacks the scim scope. */
  action: string;
}

export interface ScimContext {
  request: Request;
  params: Record<string, string>;
  organisationId: string;
  /** The token as audit entries and the user's history name it. */
  token: AuditToken;
  db: PrismaClient;
}

export type ScimHandler = ((request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>) & { operation: ScimOperation };

const SCIM_TOKEN = "Create a token in Settings → Directory sync (it has the scim scope) and paste it into the identity provider's Secret Token field.";

/**
 * The one wrapper every /scim/v2 route handler goes through, the twin of
 * apiRoute: the same token gate (token → organisation, per-token rate limit,
 * the scim scope), but every refusal and failure is a SCIM Error
 * (RFC 7644 §3.12) as application/scim+json, which is what identity
 * providers parse and show in their provisioning logs.
 */
export function scimRoute(operation: ScimOperation, handler: (ctx: ScimContext) => Promise<Response>): ScimHandler {
  const route = async (request: Request, context: { params: Promise<Record<string, string>> }) => {
    let rate: RateCount | null = null;
    let caller: ApiCaller | null = null;
    let failure: ScimError | null = null;
    let response: Response;
    try {
      const db = await getDb();
      const gate = await openTokenGate(db, request, { scope: "scim", action: operation.action, realm: "Rollcall SCIM" });
      rate = gate.rate;
      caller = gate.caller;
      if (gate.refusal) {
        const detail = gate.refusal.status === 403 ? `${gate.refusal.detail.split(" Create a token")[0]} ${SCIM_TOKEN}` : gate.refusal.detail;
        throw scimError(gate.refusal.status, detail, undefined, gate.refusal.headers);
      }
      const params = await context.params;
      response = await handler({ request, params, organisationId: caller!.organisationId, token: { id: caller!.tokenId, name: caller!.name }, db });
    } catch (error) {
      if (error instanceof ScimError) failure = error;
      else {
        console.error(`[scim] ${operation.method} ${operation.path} failed:`, error);
        failure = scimError(500, "Something went wrong on our side. The identity provider will retry; if it keeps failing, contact support with the time of the request.");
      }
      response = failure.toResponse();
    }
    // Only a known token names an organisation: a request with a bad token can't be shown to anyone's admin.
    if (failure && caller && isWorthRecording(operation.method, failure.status)) {
      const entry = { organisationId: caller.organisationId, tokenName: caller.name, method: operation.method, url: request.url, error: failure };
      await recordScimError(await getDb(), entry).catch((error) => console.error("[scim] could not record a failed request:", error));
    }
    if (rate) for (const [name, value] of Object.entries(rateHeaders(rate))) response.headers.set(name, value);
    return response;
  };
  return Object.assign(route, { operation });
}
