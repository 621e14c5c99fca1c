"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { callAction } from "@/components/forms/call-action";
import { PasswordStrength } from "@/components/auth/password-strength";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/validations/auth";
import { changePasswordAction } from "./actions";

export function ChangePasswordForm({ context }: { context: string[] }) {
  const [result, setResult] = useState<ActionResult>();
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  const form = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordSchema), defaultValues: { currentPassword: "", password: "", confirm: "" } });
  const { errors } = form.formState;
  const password = useWatch({ control: form.control, name: "password" });

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const outcome = await callAction(() => changePasswordAction(values));
      if (!outcome) return;
      setResult(outcome);
      if (outcome.ok) form.reset();
      else {
        for (const [field, messages] of Object.entries(outcome.fieldErrors ?? {}))
          if (messages?.[0]) form.setError(field as keyof ChangePasswordInput, { message: messages[0] });
      }
    }),
  );

  return (
    <form method="post" onSubmit={onSubmit} className="grid gap-5" noValidate>
      {result?.ok ? <FormAlert tone="success" message={result.message} /> : <FormAlert message={result?.fieldErrors ? undefined : result?.formError} />}
      <TextField label="Current password" type="password" autoComplete="current-password" registration={form.register("currentPassword")} error={errors.currentPassword} />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        registration={form.register("password")}
        error={errors.password}
        hint={<PasswordStrength password={password} context={context} />}
      />
      <TextField label="Confirm new password" type="password" autoComplete="new-password" registration={form.register("confirm")} error={errors.confirm} />
      <div>
        <Button type="submit" disabled={pending || !hydrated}>
          {!hydrated ? "Loading…" : pending ? "Changing…" : "Change password"}
        </Button>
      </div>
    </form>
  );
}
