import type { Metadata } from "next";
import { PageHeader } from "@/components/app-shell/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { emailAddressOf } from "@/lib/email/sender";
import { env } from "@/lib/env";
import { getOrganisationSettings } from "@/lib/server/organisations/get-organisation-settings";
import { OrganisationSettingsForm } from "./organisation-settings-form";

export const metadata: Metadata = { title: "Organisation" };

export default async function OrganisationSettingsPage() {
  const admin = await requirePermission("organisation:manage");
  const settings = await getOrganisationSettings(await getDb(), admin.organisationId);
  return (
    <>
      <PageHeader
        title="Organisation"
        description="Your organisation's name, how the emails Rollcall sends on its behalf look, and how long uploaded files are kept. Changes apply to emails sent after you save; emails already sent stay as they were."
      />
      <OrganisationSettingsForm
        senderAddress={emailAddressOf(env.EMAIL_FROM)}
        defaultValues={{
          name: settings.name,
          emailSenderName: settings.emailSenderName ?? "",
          emailReplyTo: settings.emailReplyTo ?? "",
          welcomeSubject: settings.welcomeSubject ?? "",
          welcomeIntro: settings.welcomeIntro ?? "",
          activationLinkDays: String(settings.activationLinkDays),
          importRetentionDays: String(settings.importRetentionDays),
        }}
      />
    </>
  );
}
