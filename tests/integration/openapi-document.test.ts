/**
 * The published document and the route handlers can't drift apart: every
 * exported handler under app/api/v1 is found on disk and must be an
 * operation of the document at its own path and method (and the reverse).
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ApiHandler } from "@/lib/api/v1/api-route";
import { openApiDocument } from "@/lib/api/v1/openapi";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const API_DIR = "app/api/v1";
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
/** Routes that describe the API rather than being part of it. */
const NOT_OPERATIONS = new Set(["GET /api/v1/openapi.json"]);

async function routeHandlers(): Promise<{ operation: string; handler: unknown }[]> {
  const found: { operation: string; handler: unknown }[] = [];
  for (const file of (await readdir(join(ROOT, API_DIR), { recursive: true })).filter((f) => f.endsWith("route.ts"))) {
    const path = `/${API_DIR.replace(/^app\//, "")}/${file.replace(/\/?route\.ts$/, "")}`.replace(/\/$/, "").replace(/\[(\w+)\]/g, "{$1}");
    const mod = (await import(/* @vite-ignore */ join(ROOT, API_DIR, file))) as Record<string, unknown>;
    for (const method of METHODS) if (mod[method]) found.push({ operation: `${method} ${path}`, handler: mod[method] });
  }
  return found.sort((a, b) => a.operation.localeCompare(b.operation));
}

function documentedOperations(): string[] {
  const document = openApiDocument("http://localhost");
  return Object.entries(document.paths ?? {})
    .flatMap(([path, item]) => Object.keys(item ?? {}).filter((key) => METHODS.includes(key.toUpperCase())).map((method) => `${method.toUpperCase()} ${path}`))
    .sort();
}

describe("the OpenAPI document", () => {
  it("lists exactly the operations the route handlers serve", async () => {
    const served = (await routeHandlers()).map((r) => r.operation).filter((op) => !NOT_OPERATIONS.has(op));
    expect(served.length).toBeGreaterThanOrEqual(7);
    expect(documentedOperations()).toEqual(served);
  });

  it("is built from the endpoint each handler validates with, at that handler's own path and method", async () => {
    for (const { operation, handler } of await routeHandlers()) {
      if (NOT_OPERATIONS.has(operation)) continue;
      const endpoint = (handler as Partial<ApiHandler>).endpoint;
      expect(endpoint, `${operation} is not made with apiRoute()`).toBeDefined();
      expect(`${endpoint!.method} ${endpoint!.path}`).toBe(operation);
    }
  });

  it("is OpenAPI 3.1 whose references all resolve, and documents every path parameter", () => {
    const document = openApiDocument("http://localhost");
    expect(document.openapi).toBe("3.1.0");
    const text = JSON.stringify(document);
    for (const [, name] of text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) expect(document.components?.schemas, name).toHaveProperty(name!);
    for (const [path, item] of Object.entries(document.paths ?? {}))
      for (const operation of Object.values(item ?? {}) as { parameters?: { in: string; name: string }[] }[]) {
        const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        expect((operation.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name)).toEqual(inPath);
      }
  });

  it("is served at /api/v1/openapi.json without a token", async () => {
    const { GET } = await import("@/app/api/v1/openapi.json/route");
    const response = GET();
    expect(response.status).toBe(200);
    expect((await response.json()).info.title).toBe("Rollcall API");
  });
});
