"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { callAction } from "@/components/forms/call-action";
import { PasswordStrength } from "@/components/auth/password-strength";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { resetPasswordSchema, type ResetPasswordInput } from "@/lib/validations/auth";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({ token, context }: { token: string; context: string[] }) {
  const [formError, setFormError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const form = useForm<ResetPasswordInput>({ resolver: zodResolver(resetPasswordSchema), defaultValues: { token, password: "", confirm: "" } });
  const { errors } = form.formState;
  const password = useWatch({ control: form.control, name: "password" });

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await callAction(() => resetPasswordAction(values));
      if (result && !result.ok) {
        setFormError(result.fieldErrors?.password ? undefined : result.formError);
        if (result.fieldErrors?.password) form.setError("password", { message: result.fieldErrors.password[0] });
      }
    }),
  );

  return (
    <form onSubmit={onSubmit} className="grid gap-5" noValidate>
      <FormAlert message={formError} />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        autoFocus
        registration={form.register("password")}
        error={errors.password}
        hint={<PasswordStrength password={password} context={context} />}
      />
      <TextField label="Confirm new password" type="password" autoComplete="new-password" registration={form.register("confirm")} error={errors.confirm} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
