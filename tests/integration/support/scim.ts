import { expect } from "vitest";
import type { ScimHandler } from "@/lib/scim/scim-route";

export interface ScimCall {
  method?: string;
  token?: string | null;
  body?: unknown;
  params?: Record<string, string>;
}

/** Calls a /scim/v2 route handler as Next.js would, with application/scim+json as identity providers send it. */
export function callScim(handler: ScimHandler, path: string, call: ScimCall = {}): Promise<Response> {
  const headers: Record<string, string> = {};
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  if (call.body !== undefined) headers["content-type"] = "application/scim+json; charset=utf-8";
  const request = new Request(`http://localhost${path}`, { method: call.method ?? handler.operation.method, headers, body: call.body === undefined ? undefined : JSON.stringify(call.body) });
  return handler(request, { params: Promise.resolve(call.params ?? {}) });
}

export async function scimErrorOf(response: Response) {
  expect(response.headers.get("content-type")).toBe("application/scim+json");
  const body = (await response.json()) as { schemas: string[]; status: string; scimType?: string; detail: string };
  expect(body.schemas).toEqual(["urn:ietf:params:scim:api:messages:2.0:Error"]);
  expect(body.status).toBe(String(response.status));
  return body;
}
