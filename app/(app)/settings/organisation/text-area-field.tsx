"use client";

import { useId } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";

/** A labelled textarea with a hint, an error and how many characters are left, each announced with it. */
export function TextAreaField({
  label,
  registration,
  error,
  hint,
  length,
  maxLength,
  placeholder,
}: {
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError;
  hint: React.ReactNode;
  length: number;
  maxLength: number;
  placeholder?: string;
}) {
  const id = useId();
  const describedBy = [`${id}-hint`, error?.message ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="grid gap-2">
      <div className="flex items-center justify-between gap-2">
        <Label htmlFor={id}>{label}</Label>
        <span className={length > maxLength ? "text-xs font-medium text-destructive" : "text-xs text-muted-foreground"}>
          {length.toLocaleString("en-GB")} / {maxLength.toLocaleString("en-GB")}
        </span>
      </div>
      <Textarea id={id} rows={4} className="max-h-64" placeholder={placeholder} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...registration} />
      <div id={`${id}-hint`} className="text-sm text-muted-foreground">
        {hint}
      </div>
      {error?.message && (
        <p id={`${id}-error`} className="text-sm font-medium text-destructive">
          {error.message}
        </p>
      )}
    </div>
  );
}
