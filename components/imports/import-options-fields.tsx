"use client";

import { useId } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { type ImportOptions, MODE_LABELS } from "@/lib/server/imports/import-options";

const MODE_HINTS: Record<ImportOptions["mode"], string> = {
  upsert: "Creates users that are new and updates the ones that already exist (matched by email).",
  create: "Only creates new users; rows for existing users are skipped.",
  update: "Only updates existing users; rows for new email addresses are skipped.",
};

export function ImportOptionsFields({
  value,
  onChange,
  showBlankClears = false,
  disabled,
}: {
  value: ImportOptions;
  onChange: (next: ImportOptions) => void;
  showBlankClears?: boolean;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="grid gap-6">
      <div className="flex items-start gap-3">
        <Checkbox id={`${id}-welcome`} checked={value.sendWelcome} disabled={disabled} onCheckedChange={(checked) => onChange({ ...value, sendWelcome: checked === true })} />
        <div className="grid gap-1">
          <Label htmlFor={`${id}-welcome`}>Send welcome emails to new users</Label>
          <p className="text-sm text-muted-foreground">Each new user gets an email with a link to set their password. Existing users, and new users imported as archived (Active = 0), aren&apos;t emailed.</p>
        </div>
      </div>
      {showBlankClears && (
        <div className="flex items-start gap-3">
          <Checkbox id={`${id}-blank`} checked={value.blankClears} disabled={disabled} onCheckedChange={(checked) => onChange({ ...value, blankClears: checked === true })} />
          <div className="grid gap-1">
            <Label htmlFor={`${id}-blank`}>Blank cells clear the field</Label>
            <p className="text-sm text-muted-foreground">Off by default: a blank cell (or the word “unchanged”) leaves the user&apos;s current value as it is.</p>
          </div>
        </div>
      )}
      <fieldset className="grid gap-3" disabled={disabled}>
        <legend className="mb-3 text-sm font-medium">Upload mode</legend>
        <RadioGroup value={value.mode} onValueChange={(mode) => onChange({ ...value, mode: mode as ImportOptions["mode"] })} className="grid gap-3 sm:grid-cols-3">
          {(Object.keys(MODE_LABELS) as ImportOptions["mode"][]).map((mode) => (
            <Label
              key={mode}
              htmlFor={`${id}-${mode}`}
              className="flex cursor-pointer items-start gap-3 rounded-lg border p-3 font-normal has-[[data-state=checked]]:border-primary has-[[data-state=checked]]:bg-primary/5"
            >
              <RadioGroupItem id={`${id}-${mode}`} value={mode} className="mt-0.5" />
              <span className="grid gap-1">
                <span className="font-medium">{MODE_LABELS[mode]}</span>
                <span className="text-xs leading-relaxed text-muted-foreground">{MODE_HINTS[mode]}</span>
              </span>
            </Label>
          ))}
        </RadioGroup>
      </fieldset>
    </div>
  );
}
