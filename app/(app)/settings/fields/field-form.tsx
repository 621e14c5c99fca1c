"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useState, useTransition } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { callAction } from "@/components/forms/call-action";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/actions";
import { FIELD_TYPE_LABELS, FIELD_TYPES, fieldDefinitionSchema, type FieldDefinitionInput, type FieldTypeValue } from "@/lib/validations/fields";

/** What an import accepts for each type, so the admin knows what the spreadsheet must hold. */
const TYPE_HINTS: Record<FieldTypeValue, string> = {
  TEXT: "Any text.",
  NUMBER: "Numbers like 42, -3.5 or 007. Anything else is refused at import.",
  DATE: "Dates like 2025-03-31 or 31/03/2025. Anything else is refused at import.",
  SELECT: "Only the options you list are accepted at import (capitals don't matter).",
};


/** The label, type and options of a custom field, inside the add and edit dialogs. */
export function FieldForm({
  defaultValues,
  submitLabel,
  pendingLabel,
  submit,
  onSaved,
  notice,
}: {
  defaultValues: FieldDefinitionInput;
  submitLabel: string;
  pendingLabel: string;
  submit: (values: FieldDefinitionInput) => Promise<ActionResult>;
  onSaved: (message?: string) => void;
  /** A warning shown above the buttons for the values being entered (the edit dialog's type-change notice). */
  notice?: (values: { type: FieldTypeValue; options: string }) => React.ReactNode;
}) {
  const id = useId();
  const [formError, setFormError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const form = useForm<FieldDefinitionInput>({ resolver: zodResolver(fieldDefinitionSchema), defaultValues });
  const { errors } = form.formState;
  const [type, options] = useWatch({ control: form.control, name: ["type", "options"] });

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setFormError(undefined);
      const result = await callAction(() => submit(values));
      if (!result) return;
      if (result.ok) return onSaved(result.message);
      if (!applyFieldErrors(form.setError, result.fieldErrors)) setFormError(result.formError);
    }),
  );

  const optionsError = errors.options?.message;
  return (
    <form method="post" onSubmit={onSubmit} className="grid gap-5" noValidate>
      <FormAlert message={formError} />
      <TextField label="Label" autoComplete="off" registration={form.register("label")} error={errors.label} hint="The column header in the CSV template. Labels are unique in your organisation." />
      <div className="grid gap-2">
        <Label htmlFor={`${id}-type`}>Type</Label>
        <Controller
          control={form.control}
          name="type"
          render={({ field }) => (
            <Select value={field.value} onValueChange={field.onChange}>
              <SelectTrigger id={`${id}-type`} className="w-full" aria-describedby={`${id}-type-hint`} onBlur={field.onBlur}>
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {FIELD_TYPES.map((value) => (
                  <SelectItem key={value} value={value}>
                    {FIELD_TYPE_LABELS[value]}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          )}
        />
        <p id={`${id}-type-hint`} className="text-sm text-muted-foreground">
          {TYPE_HINTS[type]}
        </p>
      </div>
      {type === "SELECT" && (
        <div className="grid gap-2">
          <Label htmlFor={`${id}-options`}>Options, one per line</Label>
          <Textarea
            id={`${id}-options`}
            rows={5}
            className="max-h-60"
            aria-invalid={optionsError ? true : undefined}
            aria-describedby={optionsError ? `${id}-options-error` : undefined}
            {...form.register("options")}
          />
          {optionsError && (
            <p id={`${id}-options-error`} className="text-sm font-medium text-destructive">
              {optionsError}
            </p>
          )}
        </div>
      )}
      {notice?.({ type, options })}
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
