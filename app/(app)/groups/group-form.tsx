"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { callAction } from "@/components/forms/call-action";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/actions";
import { groupDefinitionSchema, type GroupDefinitionInput } from "@/lib/validations/groups";

type Values = { name: string; description: string };

/** A group's name and description, inside the add and edit dialogs. */
export function GroupForm({
  defaultValues,
  submitLabel,
  pendingLabel,
  submit,
  onSaved,
}: {
  defaultValues: Values;
  submitLabel: string;
  pendingLabel: string;
  submit: (values: GroupDefinitionInput) => Promise<ActionResult<unknown>>;
  onSaved: (message?: string) => void;
}) {
  const id = useId();
  const [formError, setFormError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const form = useForm<GroupDefinitionInput, unknown, Values>({ resolver: zodResolver(groupDefinitionSchema), defaultValues });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setFormError(undefined);
      const result = await callAction(() => submit(values));
      if (!result) return;
      if (result.ok) return onSaved(result.message);
      if (!applyFieldErrors(form.setError, result.fieldErrors)) setFormError(result.formError);
    }),
  );

  const descriptionError = errors.description?.message;
  return (
    <form method="post" onSubmit={onSubmit} className="grid gap-5" noValidate>
      <FormAlert message={formError} />
      <TextField
        label="Name"
        autoComplete="off"
        registration={form.register("name")}
        error={errors.name}
        hint="As it appears in the Groups column of a spreadsheet. Names are unique in your organisation; capitals don't matter."
      />
      <div className="grid gap-2">
        <Label htmlFor={`${id}-description`}>
          Description <span className="font-normal text-muted-foreground">(optional)</span>
        </Label>
        <Textarea
          id={`${id}-description`}
          rows={3}
          className="max-h-48"
          placeholder="Who is in this group, or what it is for"
          aria-invalid={descriptionError ? true : undefined}
          aria-describedby={descriptionError ? `${id}-description-error` : undefined}
          {...form.register("description")}
        />
        {descriptionError && (
          <p id={`${id}-description-error`} className="text-sm font-medium text-destructive">
            {descriptionError}
          </p>
        )}
      </div>
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            Cancel
          </Button>
        </DialogClose>
        <Button type="submit" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </Button>
      </DialogFooter>
    </form>
  );
}
