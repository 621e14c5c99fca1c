"use client";

import { useId } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

interface TextFieldProps extends Omit<React.ComponentProps<typeof Input>, "name" | "id"> {
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError | string;
  hint?: React.ReactNode;
  labelAside?: React.ReactNode;
}

/** A labelled input whose error and hint are announced with it (aria-describedby). */
export function TextField({ label, registration, error, hint, labelAside, ...inputProps }: TextFieldProps) {
  const id = useId();
  const message = typeof error === "string" ? error : error?.message;
  const describedBy = [hint ? `${id}-hint` : null, message ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="grid gap-2">
      <div className="flex items-center justify-between gap-2">
        <Label htmlFor={id}>{label}</Label>
        {labelAside}
      </div>
      <Input id={id} aria-invalid={message ? true : undefined} aria-describedby={describedBy} {...registration} {...inputProps} />
      {hint && (
        <div id={`${id}-hint`} className="text-sm text-muted-foreground">
          {hint}
        </div>
      )}
      {message && (
        <p id={`${id}-error`} className="text-sm font-medium text-destructive">
          {message}
        </p>
      )}
    </div>
  );
}
