"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { type Resolver, useForm, useWatch } from "react-hook-form";
import { PasswordStrength } from "@/components/auth/password-strength";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/lib/actions";
import { newPasswordSchema } from "@/lib/validations/auth";
import { acceptInvitationFormSchema } from "@/lib/validations/team";

type Values = { username?: string; password: string; confirm: string };

export interface NewPasswordFormLabels {
  password: string;
  confirm: string;
  submit: string;
  pending: string;
}

/**
 * A password chosen with an emailed single-use link (a reset, a learner's activation, or an admin
 * invitation, which also chooses a username: `username`): the token travels as a hidden field, the
 * strength meter knows the person's own words, and the form posts natively before the page is
 * interactive (useFormAction).
 */
export function NewPasswordForm<T>({
  action,
  token,
  context,
  labels,
  username,
}: {
  action: FormAction<T>;
  token: string;
  context: string[];
  labels: NewPasswordFormLabels;
  username?: { label: string; hint: string };
}) {
  const { formRef, formAction, submit, pending, result } = useFormAction(action);
  const form = useForm<Values>({
    resolver: (username ? zodResolver(acceptInvitationFormSchema) : zodResolver(newPasswordSchema)) as Resolver<Values>,
    defaultValues: username ? { username: "", password: "", confirm: "" } : { password: "", confirm: "" },
  });
  const password = useWatch({ control: form.control, name: "password" });
  const chosenUsername = useWatch({ control: form.control, name: "username" });
  const { errors } = form.formState;
  const serverErrors = result?.ok === false ? result.fieldErrors : undefined;

  const onSubmit = form.handleSubmit(() => submit());

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="grid gap-5" noValidate>
      <FormAlert message={result?.ok === false && !serverErrors ? result.formError : undefined} />
      <input type="hidden" name="token" value={token} />
      {username && (
        <TextField
          label={username.label}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
          registration={form.register("username")}
          error={errors.username ?? serverErrors?.username?.[0]}
          hint={username.hint}
        />
      )}
      <TextField
        label={labels.password}
        type="password"
        autoComplete="new-password"
        autoFocus={!username}
        registration={form.register("password")}
        error={errors.password ?? serverErrors?.password?.[0]}
        hint={<PasswordStrength password={password} context={chosenUsername ? [...context, chosenUsername] : context} />}
      />
      <TextField label={labels.confirm} type="password" autoComplete="new-password" registration={form.register("confirm")} error={errors.confirm ?? serverErrors?.confirm?.[0]} />
      <Button type="submit" disabled={pending}>
        {pending ? labels.pending : labels.submit}
      </Button>
    </form>
  );
}
