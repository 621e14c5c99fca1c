"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { CircleCheck } from "lucide-react";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { callAction } from "@/components/forms/call-action";
import { PasswordStrength } from "@/components/auth/password-strength";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { newPasswordSchema } from "@/lib/validations/auth";
import { activateAction } from "./actions";

type Values = { password: string; confirm: string };

export function ActivateForm({ token, context }: { token: string; context: string[] }) {
  const [done, setDone] = useState(false);
  const [formError, setFormError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const form = useForm<Values>({ resolver: zodResolver(newPasswordSchema), defaultValues: { password: "", confirm: "" } });
  const password = useWatch({ control: form.control, name: "password" });
  const { errors } = form.formState;

  if (done)
    return (
      <div className="grid justify-items-center gap-3 py-4 text-center" role="status">
        <CircleCheck className="size-10 text-emerald-600" aria-hidden />
        <p className="text-lg font-semibold">Your account is ready</p>
        <p className="text-sm text-muted-foreground">You can now sign in to your learning platform with your email address and this password.</p>
      </div>
    );

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await callAction(() => activateAction({ ...values, token }));
      if (!result) return;
      if (result.ok) return setDone(true);
      if (result.fieldErrors?.password) form.setError("password", { message: result.fieldErrors.password[0] });
      else setFormError(result.formError);
    }),
  );

  return (
    <form onSubmit={onSubmit} className="grid gap-5" noValidate>
      <FormAlert message={formError} />
      <TextField label="Choose a password" type="password" autoComplete="new-password" autoFocus registration={form.register("password")} error={errors.password} hint={<PasswordStrength password={password} context={context} />} />
      <TextField label="Confirm password" type="password" autoComplete="new-password" registration={form.register("confirm")} error={errors.confirm} />
      <Button type="submit" disabled={pending}>
        {pending ? "Activating…" : "Activate my account"}
      </Button>
    </form>
  );
}
