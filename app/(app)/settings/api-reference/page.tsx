import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/app-shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/require-permission";
import { type JsonSchema, refName } from "@/lib/api/v1/describe-schema";
import { openApiDocument } from "@/lib/api/v1/openapi";
import { appUrl } from "@/lib/env";
import { OperationCard, type Operation } from "./operation-card";
import { SchemaTable } from "./schema-table";

export const metadata: Metadata = { title: "API reference" };

const METHOD_ORDER = ["get", "post", "patch"] as const;

/** The API's reference, rendered here from the same OpenAPI document /api/v1/openapi.json serves. */
export default async function ApiReferencePage() {
  await requirePermission("view");
  const document = openApiDocument(appUrl());
  const operations: { method: string; path: string; operation: Operation }[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {}))
    for (const method of METHOD_ORDER) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (operation) operations.push({ method, path, operation });
    }
  const schemas = (document.components?.schemas ?? {}) as Record<string, JsonSchema>;

  return (
    <>
      <PageHeader
        title="API reference"
        description={
          <>
            Version {document.info.version} of the Rollcall API, at <code>{appUrl()}/api/v1</code>. Create a token in <Link className="underline" href="/settings/api-tokens">API tokens</Link>{" "}
            and send it as <code>Authorization: Bearer rc_…</code>. The machine-readable document is at{" "}
            <a className="underline" href="/api/v1/openapi.json">
              /api/v1/openapi.json
            </a>
            .
          </>
        }
      />
      <div className="grid gap-8 lg:grid-cols-[14rem_1fr]">
        <nav aria-label="Operations" className="lg:sticky lg:top-6 lg:self-start">
          <ul className="grid gap-1 text-sm">
            {operations.map(({ method, path, operation }) => (
              <li key={`${method} ${path}`}>
                <a className="flex items-center gap-2 rounded px-2 py-1 hover:bg-accent" href={`#${operation.operationId}`}>
                  <Badge variant="outline" className="w-14 justify-center font-mono text-[11px] uppercase">
                    {method}
                  </Badge>
                  {operation.summary}
                </a>
              </li>
            ))}
            <li className="mt-2 border-t pt-2">
              <a className="rounded px-2 py-1 hover:bg-accent" href="#errors">
                Errors and limits
              </a>
            </li>
            <li>
              <a className="rounded px-2 py-1 hover:bg-accent" href="#schemas">
                Schemas
              </a>
            </li>
          </ul>
        </nav>
        <div className="grid min-w-0 gap-6">
          {operations.map(({ method, path, operation }) => (
            <OperationCard key={`${method} ${path}`} method={method} path={path} operation={operation} />
          ))}
          <Card id="errors">
            <CardHeader>
              <CardTitle>Errors and limits</CardTitle>
              <CardDescription>What every operation can answer besides success.</CardDescription>
            </CardHeader>
            <CardContent className="grid gap-3 text-sm">
              <p>
                Errors are <code>application/problem+json</code> (RFC 9457): <code>status</code>, a <code>detail</code> sentence saying what to do, a stable{" "}
                <code>code</code> such as <code>token_revoked</code> or <code>insufficient_scope</code>, and for bad input an <code>errors</code> list naming each field or row.
              </p>
              <p>
                Ids of another organisation are answered exactly as ids that don&apos;t exist: <code>404</code>. Each token may make a limited number of requests a
                minute; every answer says how many are left in <code>RateLimit-Remaining</code>, and a <code>429</code> says when to retry in <code>Retry-After</code>.
              </p>
              <p>
                <code>POST /api/v1/imports</code> takes an <code>Idempotency-Key</code> header: a retry with the same key and body gets the first answer again (with{" "}
                <code>Idempotent-Replayed: true</code>) and never starts a second import. Keys are remembered for 24 hours.
              </p>
            </CardContent>
          </Card>
          <section id="schemas" aria-labelledby="schemas-heading" className="grid gap-4">
            <h2 id="schemas-heading" className="text-lg font-semibold">
              Schemas
            </h2>
            {Object.entries(schemas).map(([name, schema]) => (
              <SchemaTable key={name} id={`schema-${name}`} name={refName(name)} schema={schema} />
            ))}
          </section>
        </div>
      </div>
    </>
  );
}
