import { expect } from "vitest";
import type { ApiHandler } from "@/lib/api/v1/api-route";
import type { ApiScope } from "@/lib/api/scopes";
import { getDb } from "@/lib/db";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";

/** A token of this organisation, as the settings page makes one. */
export async function tokenFor(org: { organisationId: string; adminId: string }, scopes: ApiScope[] = ["users:read", "users:write", "imports:write"], expiresAt: Date | null = null) {
  return createApiToken(await getDb(), { organisationId: org.organisationId, createdById: org.adminId, name: `Token ${scopes.join("+")}`, scopes, expiresAt });
}

export interface ApiCall {
  method?: string;
  token?: string | null;
  body?: BodyInit;
  contentType?: string;
  headers?: Record<string, string>;
  params?: Record<string, string>;
}

/** Calls a route handler as Next.js would, with a bearer token. */
export function callApi(handler: ApiHandler, path: string, call: ApiCall = {}): Promise<Response> {
  const headers: Record<string, string> = { ...call.headers };
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  if (call.contentType) headers["content-type"] = call.contentType;
  const request = new Request(`http://localhost${path}`, { method: call.method ?? handler.endpoint.method, headers, body: call.body });
  return handler(request, { params: Promise.resolve(call.params ?? {}) });
}

export async function problemOf(response: Response) {
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  return (await response.json()) as { status: number; code: string; detail: string; errors?: { field?: string; message: string }[] };
}
