"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Controller, useForm } from "react-hook-form";
import { toast } from "sonner";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { callAction } from "@/components/forms/call-action";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { FieldDef } from "@/lib/imports/types";
import { ENTERPRISE_ATTRIBUTES, type EnterpriseAttribute } from "@/lib/scim/attributes";
import { ENTERPRISE_ATTRIBUTE_INFO } from "@/lib/scim/field-mapping";
import { NO_FIELD, scimFieldMappingSchema, type ScimFieldMappingInput } from "@/lib/validations/directory-sync";
import { setScimFieldMappingAction } from "./actions";

/** One row per enterprise attribute, each with the custom field it fills; the rest of the fields go by their key in Rollcall's extension. */
export function FieldMappingForm({ attributes, customFields }: { attributes: Record<EnterpriseAttribute, string | null>; customFields: FieldDef[] }) {
  const id = useId();
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const defaultValues = Object.fromEntries(ENTERPRISE_ATTRIBUTES.map((name) => [name, attributes[name] ?? NO_FIELD])) as ScimFieldMappingInput;
  const form = useForm<ScimFieldMappingInput>({ resolver: zodResolver(scimFieldMappingSchema), defaultValues });
  const { errors, isDirty } = form.formState;

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setFormError(undefined);
      const result = await callAction(() => setScimFieldMappingAction(values));
      if (!result) return;
      if (result.ok) {
        toast.success(result.message);
        form.reset(values);
        return router.refresh();
      }
      if (!applyFieldErrors(form.setError, result.fieldErrors)) setFormError(result.formError);
    }),
  );

  return (
    <form method="post" onSubmit={onSubmit} className="grid gap-4" noValidate aria-label="Attribute mapping">
      <FormAlert message={formError} />
      <div className="overflow-x-auto rounded-lg border">
        <Table>
          <TableHeader>
            <TableRow className="bg-muted/40">
              <TableHead className="w-1/3">SCIM attribute (enterprise extension)</TableHead>
              <TableHead>Usually filled from</TableHead>
              <TableHead className="w-1/3">Rollcall profile field</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {ENTERPRISE_ATTRIBUTES.map((name) => {
              const error = errors[name]?.message;
              return (
                <TableRow key={name}>
                  <TableCell className="align-top">
                    <label htmlFor={`${id}-${name}`} className="font-medium">
                      {ENTERPRISE_ATTRIBUTE_INFO[name].label}
                    </label>
                    <div>
                      <code className="text-xs text-muted-foreground">{name}</code>
                    </div>
                  </TableCell>
                  <TableCell className="align-top text-sm text-muted-foreground">{ENTERPRISE_ATTRIBUTE_INFO[name].source}</TableCell>
                  <TableCell className="align-top">
                    <Controller
                      control={form.control}
                      name={name}
                      render={({ field }) => (
                        <Select value={field.value} onValueChange={field.onChange}>
                          <SelectTrigger
                            id={`${id}-${name}`}
                            className="w-full"
                            aria-invalid={error ? true : undefined}
                            aria-describedby={error ? `${id}-${name}-error` : undefined}
                            onBlur={field.onBlur}
                          >
                            <SelectValue />
                          </SelectTrigger>
                          <SelectContent>
                            <SelectItem value={NO_FIELD}>None: ignore it</SelectItem>
                            {customFields.map((f) => (
                              <SelectItem key={f.key} value={f.key}>
                                {f.label}
                              </SelectItem>
                            ))}
                          </SelectContent>
                        </Select>
                      )}
                    />
                    {error && (
                      <p id={`${id}-${name}-error`} className="mt-1 text-sm font-medium text-destructive">
                        {error}
                      </p>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending || !isDirty}>
          {pending ? "Saving…" : "Save mapping"}
        </Button>
        {isDirty && (
          <Button type="button" variant="ghost" onClick={() => form.reset(defaultValues)} disabled={pending}>
            Discard changes
          </Button>
        )}
      </div>
    </form>
  );
}
