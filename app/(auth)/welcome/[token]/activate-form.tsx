"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { PasswordStrength } from "@/components/auth/password-strength";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { newPasswordSchema } from "@/lib/validations/auth";
import { activateAction } from "./actions";

type Values = { password: string; confirm: string };

export function ActivateForm({ token, context }: { token: string; context: string[] }) {
  const { formRef, formAction, submit, pending, result } = useFormAction(activateAction);
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
        label="Choose a password"
        type="password"
        autoComplete="new-password"
        autoFocus
        registration={form.register("password")}
        error={errors.password ?? serverErrors?.password?.[0]}
        hint={<PasswordStrength password={password} context={context} />}
      />
      <TextField label="Confirm password" type="password" autoComplete="new-password" registration={form.register("confirm")} error={errors.confirm ?? serverErrors?.confirm?.[0]} />
      <Button type="submit" disabled={pending}>
        {pending ? "Activating…" : "Activate my account"}
      </Button>
    </form>
  );
}
