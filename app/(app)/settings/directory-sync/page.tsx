import { AlertTriangle, Activity, KeyRound } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState } from "@/components/app-shell/empty-state";
import { PageHeader } from "@/components/app-shell/page-header";
import { CopyValue } from "@/components/forms/copy-value";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { scimBaseUrl } from "@/lib/scim/base-url";
import { ROLLCALL_USER } from "@/lib/scim/urns";
import { listApiTokens } from "@/lib/server/api-tokens/list-api-tokens";
import { getDirectorySyncSettings } from "@/lib/server/scim/get-directory-sync-settings";
import { listScimActivity } from "@/lib/server/scim/list-scim-activity";
import { listScimErrors } from "@/lib/server/scim/list-scim-errors";
import { CreateTokenDialog, type TokenPurpose } from "../api-tokens/create-token-dialog";
import { TokensTable } from "../api-tokens/tokens-table";
import { ActivityTable } from "./activity-table";
import { ErrorsTable } from "./errors-table";
import { FieldMappingForm } from "./field-mapping-form";
import { SetupSteps } from "./setup-steps";
import { WelcomeEmailsSwitch } from "./welcome-emails-switch";

export const metadata: Metadata = { title: "Directory sync" };

const SCIM_TOKEN: TokenPurpose = {
  title: "Create a SCIM token",
  description: "Your identity provider sends this token with every provisioning request. It can only provision users over SCIM: it can't read or import anything else.",
  nameHint: "Name it after the identity provider, such as “Entra ID provisioning”: the audit log and each user's history name the token behind each change.",
  secretHint: "Paste it into Entra ID's Secret Token field, or Okta's API Token, now",
  scopes: ["scim"],
  expiresIn: "365",
};

function Section({ title, description, action, children }: { title: string; description: React.ReactNode; action?: React.ReactNode; children: React.ReactNode }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{title}</h2>
        </CardTitle>
        <CardDescription className="max-w-3xl">{description}</CardDescription>
        {action && <CardAction>{action}</CardAction>}
      </CardHeader>
      <CardContent className="grid gap-4">{children}</CardContent>
    </Card>
  );
}

export default async function DirectorySyncPage() {
  const admin = await requirePermission("directory_sync:manage");
  const db = await getDb();
  const [tokens, settings, activity, errors] = await Promise.all([
    listApiTokens(db, admin.organisationId, { scope: "scim" }),
    getDirectorySyncSettings(db, admin.organisationId),
    listScimActivity(db, admin.organisationId),
    listScimErrors(db, admin.organisationId),
  ]);
  const baseUrl = scimBaseUrl();

  return (
    <>
      <PageHeader
        title="Directory sync"
        description="Let Microsoft Entra ID or Okta add, update and archive your users by themselves over SCIM 2.0: assign the app to people in your identity provider and they appear here, with no spreadsheet. Every change is in each user's history with the source “Directory sync”, and can be undone."
      />
      <div className="grid gap-6">
        <Section title="Connect your identity provider" description="Paste the SCIM base URL and a SCIM token into the identity provider's provisioning settings.">
          <div className="grid gap-2">
            <p className="text-sm font-medium">SCIM base URL</p>
            <CopyValue value={baseUrl} label="SCIM base URL" testId="scim-base-url" />
          </div>
          <SetupSteps />
        </Section>

        <Section
          title="SCIM tokens"
          description="Tokens with the scim scope. Give each identity provider its own, so you can see when each was last used and revoke one without stopping the other."
          action={tokens.length ? <CreateTokenDialog purpose={SCIM_TOKEN} /> : undefined}
        >
          {tokens.length ? (
            <TokensTable tokens={tokens} />
          ) : (
            <EmptyState icon={KeyRound} title="No SCIM token yet" headingLevel="h3" action={<CreateTokenDialog variant="outline" purpose={SCIM_TOKEN} />}>
              Create one, then paste it into your identity provider with the base URL above. It is shown only once.
            </EmptyState>
          )}
        </Section>

        <Section
          title="Attribute mapping"
          description="Which profile field each enterprise attribute fills. Email, first and last name and active are always taken from the user's core attributes. Saved choices apply to the next request for each user; values already stored stay."
        >
          {settings.customFields.length ? (
            <FieldMappingForm attributes={settings.attributes} customFields={settings.customFields} />
          ) : (
            <p className="text-sm text-muted-foreground">Your organisation has no custom profile fields yet. Add them in Settings → Profile fields to map attributes to them.</p>
          )}
          {settings.extension.length > 0 && (
            <div className="grid gap-2 rounded-md border bg-muted/30 p-4">
              <p className="text-sm font-medium">Every other profile field, by its key in Rollcall&apos;s extension schema</p>
              <p className="text-sm text-muted-foreground">
                Map these in the identity provider to <code className="break-all text-xs">{ROLLCALL_USER}:&lt;key&gt;</code>:
              </p>
              <ul className="flex flex-wrap gap-2">
                {settings.extension.map((field) => (
                  <li key={field.key} className="rounded-md border bg-background px-2 py-1 text-sm">
                    {field.label} <code className="text-xs text-muted-foreground">{field.key}</code>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </Section>

        <Section title="Welcome emails" description="Whether people your identity provider creates are invited to set their password.">
          <WelcomeEmailsSwitch enabled={settings.welcomeEmails} />
        </Section>

        <Section title="Last sync activity" description="The latest 20 changes your identity provider made. Open a change to see what it did, or to undo it.">
          {activity.length ? (
            <ActivityTable rows={activity} />
          ) : (
            <EmptyState icon={Activity} title="No sync yet" headingLevel="h3">
              When the identity provider creates, updates or removes a user, the change shows here.
            </EmptyState>
          )}
        </Section>

        <Section
          title="Recent errors"
          description="The latest 20 requests Rollcall refused, with the answer the identity provider got. Lookups of users that don't exist aren't errors: identity providers make them on purpose."
        >
          {errors.length ? (
            <ErrorsTable rows={errors} />
          ) : (
            <EmptyState icon={AlertTriangle} title="No errors" headingLevel="h3">
              Requests your identity provider sent have all succeeded.
            </EmptyState>
          )}
        </Section>
      </div>
    </>
  );
}
