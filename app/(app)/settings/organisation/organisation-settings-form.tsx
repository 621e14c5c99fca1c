"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { callAction } from "@/components/forms/call-action";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { defaultWelcomeIntro, defaultWelcomeSubject } from "@/lib/email/welcome-wording";
import { ORGANISATION_LIMITS, organisationSettingsSchema, type OrganisationSettings, type OrganisationSettingsInput } from "@/lib/validations/organisation";
import { saveOrganisationSettingsAction } from "./actions";
import { DaysField } from "./days-field";
import { SettingsSection } from "./settings-section";
import { TextAreaField } from "./text-area-field";
import { WelcomePreview, type WelcomePreviewValues } from "./welcome-preview";

type Values = WelcomePreviewValues & { importRetentionDays: string };

const { activationLinkDays: LINK_DAYS, importRetentionDays: RETENTION_DAYS } = ORGANISATION_LIMITS;

/** Every setting on the page in one form, saved together; the welcome email's preview follows what is typed. */
export function OrganisationSettingsForm({ defaultValues, senderAddress }: { defaultValues: Values; senderAddress: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const form = useForm<OrganisationSettingsInput, unknown, OrganisationSettings>({ resolver: zodResolver(organisationSettingsSchema), defaultValues, mode: "onTouched" });
  const { errors, isDirty } = form.formState;
  const watched = useWatch({ control: form.control }) as Values;
  const name = watched.name.trim() || defaultValues.name;

  const onSubmit = form.handleSubmit(() =>
    startTransition(async () => {
      setFormError(undefined);
      const values = form.getValues() as Values;
      const result = await callAction(() => saveOrganisationSettingsAction(values));
      if (!result) return;
      if (result.ok) {
        toast.success(result.message);
        form.reset(values);
        return router.refresh();
      }
      if (!applyFieldErrors(form.setError, result.fieldErrors)) setFormError(result.formError);
    }),
  );

  return (
    <form method="post" onSubmit={onSubmit} className="grid gap-6" noValidate aria-label="Organisation settings">
      <FormAlert message={formError} />

      <SettingsSection title="Organisation" description="How Rollcall names your organisation: in the app, on activation pages and in the emails it sends.">
        <div className="max-w-xl">
          <TextField label="Organisation name" autoComplete="organization" registration={form.register("name")} error={errors.name} maxLength={ORGANISATION_LIMITS.name} />
        </div>
      </SettingsSection>

      <SettingsSection
        title="Emails"
        description="Every email Rollcall sends for your organisation (welcome emails, team invitations, import reports) comes from this sender. The welcome email's own wording is below; leave a box empty to use the built-in wording shown in it."
      >
        <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.1fr)]">
          <div className="grid content-start gap-5">
            <TextField
              label="Sender name"
              autoComplete="off"
              placeholder={name}
              registration={form.register("emailSenderName")}
              error={errors.emailSenderName}
              maxLength={ORGANISATION_LIMITS.senderName}
              hint={
                <>
                  The name people see the email come from. The address stays <span className="font-medium text-foreground">{senderAddress}</span>. Empty: your organisation&apos;s name.
                </>
              }
            />
            <TextField
              label="Reply-to address"
              type="email"
              autoComplete="email"
              placeholder="people@example.com"
              registration={form.register("emailReplyTo")}
              error={errors.emailReplyTo}
              hint="Where replies go, such as your HR or L&D team's mailbox. Empty: replies go to the sender address."
            />
            <TextField
              label="Welcome email subject"
              autoComplete="off"
              placeholder={defaultWelcomeSubject(name)}
              registration={form.register("welcomeSubject")}
              error={errors.welcomeSubject}
              maxLength={ORGANISATION_LIMITS.welcomeSubject}
            />
            <TextAreaField
              label="Opening paragraph"
              placeholder={defaultWelcomeIntro(name)}
              registration={form.register("welcomeIntro")}
              error={errors.welcomeIntro}
              length={watched.welcomeIntro.trim().length}
              maxLength={ORGANISATION_LIMITS.welcomeIntro}
              hint="Plain text, after “Hello” and the person's first name. Each line becomes a paragraph. How to activate the account, with the link, always follows."
            />
            <DaysField
              label="Activation link works for"
              min={LINK_DAYS.min}
              max={LINK_DAYS.max}
              registration={form.register("activationLinkDays")}
              error={errors.activationLinkDays}
              hint={`From ${LINK_DAYS.min} to ${LINK_DAYS.max} days after the welcome email is sent. The email says how long; links already sent keep the time they were sent with.`}
            />
          </div>
          <div className="lg:sticky lg:top-6 lg:self-start">
            <WelcomePreview values={watched} />
          </div>
        </div>
      </SettingsSection>

      <SettingsSection title="Data retention" description="What Rollcall keeps of the spreadsheets and lists you import.">
        <DaysField
          label="Keep uploaded files' contents for"
          min={RETENTION_DAYS.min}
          max={RETENTION_DAYS.max}
          registration={form.register("importRetentionDays")}
          error={errors.importRetentionDays}
          hint={`Counted from when an import finishes (${RETENTION_DAYS.min} to ${RETENTION_DAYS.max} days). Then the file's cells are deleted: each row's outcome and the import's counts are kept, but the import can no longer be undone and its error report is no longer available.`}
        />
      </SettingsSection>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending || !isDirty}>
          {pending ? "Saving…" : "Save settings"}
        </Button>
        {isDirty && (
          <Button type="button" variant="ghost" onClick={() => form.reset()} disabled={pending}>
            Discard changes
          </Button>
        )}
      </div>
    </form>
  );
}
