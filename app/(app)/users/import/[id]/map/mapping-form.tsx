"use client";

import { CircleCheck, CircleDashed, Plus, Power } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { callAction } from "@/components/forms/call-action";
import { toastAction } from "@/components/forms/toast-action";
import { FormAlert } from "@/components/forms/form-alert";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { Select, SelectContent, SelectGroup, SelectItem, SelectLabel, SelectSeparator, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { plural } from "@/lib/imports/message-format";
import { labelKey, REQUIRED_FIELD_KEYS } from "@/lib/fields";
import { setFieldEnabledAction } from "@/app/(app)/settings/fields/actions";
import { createFieldFromColumnAction, discardDraftAction, saveMappingAction } from "../../actions";

const SKIP = "__skip";

interface FieldOption {
  key: string;
  label: string;
  builtIn: boolean;
}

export function MappingForm({
  importId,
  headers,
  samples,
  initial,
  fields,
  namedFields,
  totalRows,
}: {
  importId: string;
  headers: string[];
  samples: string[][];
  initial: string[];
  fields: FieldOption[];
  /** Per column, the profile field its header names (however punctuated), if any. */
  namedFields: ({ id: string; key: string; label: string; enabled: boolean } | null)[];
  totalRows: number;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  const form = useForm<{ columns: string[] }>({ defaultValues: { columns: initial } });
  const columns = useWatch({ control: form.control, name: "columns" });

  const labelOf = (key: string) => fields.find((f) => f.key === key)?.label ?? key;
  const mappedCount = (key: string) => columns.filter((c) => c === key).length;
  const missing = REQUIRED_FIELD_KEYS.filter((key) => mappedCount(key) === 0).map(labelOf);
  const duplicates = [...new Set(columns.filter((key) => key && mappedCount(key) > 1))].map(labelOf);

  /** Redirects to the upload page when it works; otherwise says why. */
  async function discard() {
    const result = await callAction(() => discardDraftAction({ importId }));
    if (result && !result.ok) setFormError(result.formError);
  }

  const onSubmit = form.handleSubmit((values) => {
    setFormError(undefined);
    startTransition(async () => {
      const result = await callAction(() => saveMappingAction({ importId, columns: values.columns }));
      if (!result) return;
      if (result.ok) router.push(`/users/import/${importId}/review`);
      else setFormError(result.formError);
    });
  });

  /** Enables the disabled field a column names and maps the column to it, keeping the other choices. */
  function enableField(column: number, field: { id: string; key: string; label: string }) {
    startTransition(async () => {
      if (!(await toastAction(() => setFieldEnabledAction({ id: field.id, enabled: true })))) return;
      toast.success(`Enabled the profile field “${field.label}” and mapped “${headers[column]}” to it.`);
      form.setValue(`columns.${column}`, field.key);
      router.refresh();
    });
  }

  function createField(column: number) {
    startTransition(async () => {
      const result = await toastAction(() => createFieldFromColumnAction({ importId, column }));
      if (!result) return;
      toast.success(`Created the profile field “${headers[column]}”.`);
      form.setValue(`columns.${column}`, result.data.key);
      router.refresh();
    });
  }

  return (
    <form method="post" onSubmit={onSubmit} className="grid gap-6" noValidate>
      <div aria-live="polite" className="grid gap-3">
        {missing.length > 0 && (
          <FormAlert message={`Still to map: ${missing.join(", ")}. Every import needs a column for Email, First Name, Last Name and Active.`} />
        )}
        {duplicates.length > 0 && <FormAlert message={`A field can take one column only: ${duplicates.join(", ")} is chosen more than once.`} />}
        <FormAlert message={formError} />
      </div>
      <div className="overflow-hidden rounded-lg border">
        <Table>
          <TableHeader>
            <TableRow className="bg-muted/40">
              <TableHead className="w-[28%]">Column in your file</TableHead>
              <TableHead>Sample values</TableHead>
              <TableHead className="w-[32%]">Import into</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {headers.map((header, column) => {
              const value = columns[column] ?? "";
              const duplicate = Boolean(value) && mappedCount(value) > 1;
              // A header that names a field is mapped to it (or the field enabled), never made into a second one.
              const named = namedFields[column] ?? null;
              const disabledMatch = !value && named && !named.enabled ? named : null;
              const unknown = !value && !named && header.trim();
              const selectId = `column-${column}`;
              return (
                <TableRow key={column}>
                  <TableCell className="align-top">
                    <div className="flex items-start gap-2">
                      {value ? <CircleCheck className="mt-0.5 size-4 shrink-0 text-emerald-600" aria-hidden /> : <CircleDashed className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />}
                      <label htmlFor={selectId} className="font-medium">
                        {header || <span className="italic text-muted-foreground">(no header)</span>}
                      </label>
                    </div>
                  </TableCell>
                  <TableCell className="align-top">
                    {samples[column]?.length ? (
                      <ul className="grid gap-0.5 text-sm text-muted-foreground">
                        {samples[column]!.map((sample, i) => (
                          <li key={i} className="max-w-64 truncate">
                            {sample}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="text-sm italic text-muted-foreground">All blank in the first rows</span>
                    )}
                  </TableCell>
                  <TableCell className="align-top">
                    <div className="grid gap-2">
                      <Select value={value || SKIP} onValueChange={(next) => form.setValue(`columns.${column}`, next === SKIP ? "" : next)}>
                        <SelectTrigger id={selectId} className="w-full" aria-invalid={duplicate || undefined}>
                          <SelectValue />
                        </SelectTrigger>
                        <SelectContent>
                          <SelectItem value={SKIP}>Don&apos;t import</SelectItem>
                          <SelectSeparator />
                          <SelectGroup>
                            <SelectLabel>Required fields</SelectLabel>
                            {fields.filter((f) => f.builtIn).map((f) => (
                              <SelectItem key={f.key} value={f.key}>
                                {f.label}
                              </SelectItem>
                            ))}
                          </SelectGroup>
                          {fields.some((f) => !f.builtIn) && (
                            <SelectGroup>
                              <SelectLabel>Profile fields</SelectLabel>
                              {fields.filter((f) => !f.builtIn).map((f) => (
                                <SelectItem key={f.key} value={f.key}>
                                  {f.label}
                                </SelectItem>
                              ))}
                            </SelectGroup>
                          )}
                        </SelectContent>
                      </Select>
                      {duplicate && <p className="text-xs font-medium text-destructive">{labelOf(value)} is already taken by another column.</p>}
                      {disabledMatch && (
                        <div className="grid gap-1 text-xs text-muted-foreground">
                          <p>
                            “{header.trim()}” matches{" "}
                            {labelKey(disabledMatch.label) === labelKey(header) ? "a disabled profile field" : `the disabled profile field “${disabledMatch.label}”`}.
                          </p>
                          <Button type="button" variant="link" size="sm" className="h-auto justify-start p-0" onClick={() => enableField(column, disabledMatch)} disabled={pending}>
                            <Power aria-hidden /> Enable “{disabledMatch.label}” and import this column
                          </Button>
                        </div>
                      )}
                      {unknown && (
                        <Button type="button" variant="link" size="sm" className="h-auto justify-start p-0" onClick={() => createField(column)} disabled={pending}>
                          <Plus aria-hidden /> Create a profile field “{header}”
                        </Button>
                      )}
                    </div>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-between">
        <Button type="button" variant="ghost" disabled={pending} onClick={() => startTransition(discard)}>
          Discard this file
        </Button>
        <div className="flex items-center gap-3">
          <span className="text-sm text-muted-foreground">{plural(totalRows, "row")} in the file</span>
          <Button type="submit" disabled={pending || !hydrated || missing.length > 0 || duplicates.length > 0}>
            {!hydrated ? "Loading…" : pending ? "Saving…" : "Continue to review"}
          </Button>
        </div>
      </div>
    </form>
  );
}
