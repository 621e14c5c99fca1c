"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { loginSchema, type LoginInput } from "@/lib/validations/auth";
import { login } from "./actions";

const NOTICES = new Map([
  ["password-reset", "Your password has been changed. Log in with your new password."],
  ["signed-out", "You have been logged out."],
  ["invitation-accepted", "You've joined the team. Log in with the username and password you just chose."],
]);

export function LoginForm({ callbackUrl, notice }: { callbackUrl?: string; notice?: string }) {
  const { formRef, formAction, submit, pending, result } = useFormAction(login);
  const form = useForm<LoginInput>({ resolver: zodResolver(loginSchema), defaultValues: { username: "", password: "", callbackUrl } });
  const { errors } = form.formState;
  const serverErrors = result?.ok === false ? result.fieldErrors : undefined;

  const onSubmit = form.handleSubmit(async () => {
    const answer = await submit();
    if (answer && !answer.ok) {
      form.setValue("password", "");
      form.setFocus("password");
    }
  });

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="grid gap-5" noValidate>
      {!result && <FormAlert tone="success" message={notice ? NOTICES.get(notice) : undefined} />}
      <FormAlert message={result?.ok === false && !serverErrors ? result.formError : undefined} />
      {/* Posted as it is (not registered): the server answers with the page it names. */}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <TextField label="Username" autoComplete="username" autoFocus registration={form.register("username")} error={errors.username ?? serverErrors?.username?.[0]} />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        registration={form.register("password")}
        error={errors.password ?? serverErrors?.password?.[0]}
        labelAside={
          <Link href="/forgot-password" className="text-sm text-primary underline-offset-4 hover:underline">
            Forgot your password?
          </Link>
        }
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Logging in…" : "Log in"}
      </Button>
      <p className="text-center text-sm text-muted-foreground">
        <Link href="/forgot-username" className="text-primary underline-offset-4 hover:underline">
          Forgotten your username?
        </Link>
      </p>
    </form>
  );
}
