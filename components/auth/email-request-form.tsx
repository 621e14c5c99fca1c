"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/lib/actions";
import { emailRequestSchema, type EmailRequestInput } from "@/lib/validations/auth";

/** The forgotten-username and forgotten-password forms: one email address in, one neutral answer out. */
export function EmailRequestForm({ action, submitLabel }: { action: FormAction; submitLabel: string }) {
  const { formRef, formAction, submit, pending, result } = useFormAction(action);
  const form = useForm<EmailRequestInput>({ resolver: zodResolver(emailRequestSchema), defaultValues: { email: "" } });
  const serverErrors = result?.ok === false ? result.fieldErrors : undefined;
  const onSubmit = form.handleSubmit(() => submit());

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="grid gap-5" noValidate>
      {result?.ok ? <FormAlert tone="success" message={result.message} /> : <FormAlert message={serverErrors ? undefined : result?.formError} />}
      <TextField
        label="Email address"
        type="email"
        autoComplete="email"
        autoFocus
        registration={form.register("email")}
        error={form.formState.errors.email ?? serverErrors?.email?.[0]}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : submitLabel}
      </Button>
      <p className="text-center text-sm">
        <Link href="/login" className="text-primary underline-offset-4 hover:underline">
          Back to log in
        </Link>
      </p>
    </form>
  );
}
