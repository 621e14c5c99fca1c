"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { callAction } from "@/components/forms/call-action";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions";
import { profileSchema, type ProfileInput } from "@/lib/validations/auth";
import { updateProfileAction } from "./actions";

export function ProfileForm({ defaultValues }: { defaultValues: ProfileInput }) {
  const [result, setResult] = useState<ActionResult>();
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  const form = useForm<ProfileInput>({ resolver: zodResolver(profileSchema), defaultValues });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => startTransition(async () => setResult(await callAction(() => updateProfileAction(values)))));

  return (
    <form method="post" onSubmit={onSubmit} className="grid gap-5" noValidate>
      {result?.ok ? <FormAlert tone="success" message={result.message} /> : <FormAlert message={result?.formError} />}
      <TextField label="Name" autoComplete="name" registration={form.register("name")} error={errors.name} />
      <TextField label="Email address" type="email" autoComplete="email" registration={form.register("email")} error={errors.email} />
      <div>
        <Button type="submit" disabled={pending || !hydrated}>
          {!hydrated ? "Loading…" : pending ? "Saving…" : "Save details"}
        </Button>
      </div>
    </form>
  );
}
