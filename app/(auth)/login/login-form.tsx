"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { callAction } from "@/components/forms/call-action";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { loginSchema, type LoginInput } from "@/lib/validations/auth";
import { login } from "./actions";

export function LoginForm() {
  const searchParams = useSearchParams();
  const [formError, setFormError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const form = useForm<LoginInput>({
    resolver: zodResolver(loginSchema),
    defaultValues: { username: "", password: "", callbackUrl: searchParams.get("callbackUrl") ?? undefined },
  });
  const { errors } = form.formState;
  const notice = searchParams.get("notice");

  const onSubmit = form.handleSubmit((values) => {
    setFormError(undefined);
    startTransition(async () => {
      const result = await callAction(() => login(values));
      if (result && !result.ok) {
        setFormError(result.formError);
        form.setValue("password", "");
        form.setFocus("password");
      }
    });
  });

  return (
    <form onSubmit={onSubmit} className="grid gap-5" noValidate>
      {notice === "password-reset" && <FormAlert tone="success" message="Your password has been changed. Log in with your new password." />}
      {notice === "signed-out" && <FormAlert tone="success" message="You have been logged out." />}
      <FormAlert message={formError} />
      <TextField label="Username" autoComplete="username" autoFocus registration={form.register("username")} error={errors.username} />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        registration={form.register("password")}
        error={errors.password}
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
