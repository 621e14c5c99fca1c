import { BookOpen, KeyRound } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/app-shell/empty-state";
import { PageHeader } from "@/components/app-shell/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { listApiTokens } from "@/lib/server/api-tokens/list-api-tokens";
import { CreateTokenDialog } from "./create-token-dialog";
import { TokensTable } from "./tokens-table";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage() {
  const admin = await requirePermission("api_tokens:manage");
  const tokens = await listApiTokens(await getDb(), admin.organisationId);
  const example = `curl -X POST "${appUrl()}/api/v1/imports?dryRun=true" \\
  -H "Authorization: Bearer $ROLLCALL_TOKEN" \\
  -H "Content-Type: text/csv" \\
  --data-binary @staff.csv`;

  return (
    <>
      <PageHeader
        title="API tokens"
        description="Tokens let your own scripts and systems (an HR system's nightly export, a directory sync) read and import your users without a login. Each token is shown once when you create it; revoke one as soon as it is no longer needed."
        actions={tokens.length ? <CreateTokenDialog /> : undefined}
      />
      <div className="grid gap-6">
        {tokens.length ? (
          <TokensTable tokens={tokens} />
        ) : (
          <EmptyState icon={KeyRound} title="No API tokens yet" action={<CreateTokenDialog variant="outline" />}>
            Create a token for each script or system that talks to Rollcall, with only the scopes it needs. You can see when each was last used and revoke it at any
            time.
          </EmptyState>
        )}
        <Card>
          <CardHeader>
            <CardTitle>Using the API</CardTitle>
            <CardDescription>
              Send the token as a bearer token. This checks a CSV file the way the import wizard&apos;s review does, without changing anything; leave out{" "}
              <code>dryRun=true</code> to import it.
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4">
            <pre className="overflow-x-auto rounded-md bg-muted p-4 text-sm">
              <code>{example}</code>
            </pre>
            <div className="flex flex-wrap gap-2">
              <Button asChild variant="outline">
                <Link href="/settings/api-reference">
                  <BookOpen aria-hidden />
                  API reference
                </Link>
              </Button>
              <Button asChild variant="ghost">
                <a href="/api/v1/openapi.json">OpenAPI document</a>
              </Button>
            </div>
          </CardContent>
        </Card>
      </div>
    </>
  );
}
