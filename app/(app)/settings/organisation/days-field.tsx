"use client";

import { useId } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** A number of days: a short input with "days" after it, its hint and error announced with it. */
export function DaysField({ label, registration, error, hint, min, max }: { label: string; registration: UseFormRegisterReturn; error?: FieldError; hint: React.ReactNode; min: number; max: number }) {
  const id = useId();
  const describedBy = [`${id}-hint`, error?.message ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      <div className="flex items-center gap-2">
        <Input id={id} type="number" inputMode="numeric" min={min} max={max} step={1} className="w-28" aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...registration} />
        <span className="text-sm text-muted-foreground" aria-hidden>
          days
        </span>
      </div>
      <div id={`${id}-hint`} className="max-w-2xl text-sm text-muted-foreground">
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
