"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { callAction } from "@/components/forms/call-action";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions";
import { emailRequestSchema, type EmailRequestInput } from "@/lib/validations/auth";

/** The forgotten-username and forgotten-password forms: one email address in, one neutral answer out. */
export function EmailRequestForm({ action, submitLabel }: { action: (input: EmailRequestInput) => Promise<ActionResult>; submitLabel: string }) {
  const [result, setResult] = useState<ActionResult>();
  const [pending, startTransition] = useTransition();
  const form = useForm<EmailRequestInput>({ resolver: zodResolver(emailRequestSchema), defaultValues: { email: "" } });

  const onSubmit = form.handleSubmit((values) => startTransition(async () => setResult(await callAction(() => action(values)))));

  return (
    <form onSubmit={onSubmit} className="grid gap-5" noValidate>
      {result?.ok ? <FormAlert tone="success" message={result.message} /> : <FormAlert message={result?.formError} />}
      <TextField label="Email address" type="email" autoComplete="email" autoFocus registration={form.register("email")} error={form.formState.errors.email} />
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
