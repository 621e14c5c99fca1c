"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { PasswordStrength } from "@/components/auth/password-strength";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { resetPasswordSchema, type ResetPasswordInput } from "@/lib/validations/auth";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({ token, context }: { token: string; context: string[] }) {
  const { formRef, formAction, submit, pending, result } = useFormAction(resetPasswordAction);
  const form = useForm<ResetPasswordInput>({ resolver: zodResolver(resetPasswordSchema), defaultValues: { token, password: "", confirm: "" } });
  const { errors } = form.formState;
  const password = useWatch({ control: form.control, name: "password" });
  const serverErrors = result?.ok === false ? result.fieldErrors : undefined;

  const onSubmit = form.handleSubmit(() => submit());

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="grid gap-5" noValidate>
      <FormAlert message={result?.ok === false && !serverErrors ? result.formError : undefined} />
      <input type="hidden" name="token" value={token} />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        autoFocus
        registration={form.register("password")}
        error={errors.password ?? serverErrors?.password?.[0]}
        hint={<PasswordStrength password={password} context={context} />}
      />
      <TextField label="Confirm new password" type="password" autoComplete="new-password" registration={form.register("confirm")} error={errors.confirm ?? serverErrors?.confirm?.[0]} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
