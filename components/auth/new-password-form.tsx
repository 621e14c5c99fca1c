"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { PasswordStrength } from "@/components/auth/password-strength";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/lib/actions";
import { newPasswordSchema } from "@/lib/validations/auth";

type Values = { password: string; confirm: string };

export interface NewPasswordFormLabels {
  password: string;
  confirm: string;
  submit: string;
  pending: string;
}

/**
 * A password chosen with an emailed single-use link (a reset, or a learner's activation): the
 * token travels as a hidden field, the strength meter knows the person's own words, and the form
 * posts natively before the page is interactive (useFormAction).
 */
export function NewPasswordForm<T>({ action, token, context, labels }: { action: FormAction<T>; token: string; context: string[]; labels: NewPasswordFormLabels }) {
  const { formRef, formAction, submit, pending, result } = useFormAction(action);
  const form = useForm<Values>({ resolver: zodResolver(newPasswordSchema), defaultValues: { password: "", confirm: "" } });
  const password = useWatch({ control: form.control, name: "password" });
  const { errors } = form.formState;
  const serverErrors = result?.ok === false ? result.fieldErrors : undefined;

  const onSubmit = form.handleSubmit(() => submit());

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="grid gap-5" noValidate>
      <FormAlert message={result?.ok === false && !serverErrors ? result.formError : undefined} />
      <input type="hidden" name="token" value={token} />
      <TextField
        label={labels.password}
        type="password"
        autoComplete="new-password"
        autoFocus
        registration={form.register("password")}
        error={errors.password ?? serverErrors?.password?.[0]}
        hint={<PasswordStrength password={password} context={context} />}
      />
      <TextField label={labels.confirm} type="password" autoComplete="new-password" registration={form.register("confirm")} error={errors.confirm ?? serverErrors?.confirm?.[0]} />
      <Button type="submit" disabled={pending}>
        {pending ? labels.pending : labels.submit}
      </Button>
    </form>
  );
}
