"use client";

import { TriangleAlert } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FIELD_TYPE_LABELS, parseOptions, type FieldTypeValue } from "@/lib/validations/fields";
import { updateFieldAction } from "./actions";
import { FieldForm } from "./field-form";

export interface EditableField {
  id: string;
  label: string;
  type: FieldTypeValue;
  options: string[];
}

const users = (n: number) => (n === 1 ? "1 user has" : `${n.toLocaleString("en-GB")} users have`);

/** Stored values are never rewritten, so say so before the admin changes what they mean. */
function changeWarning(field: EditableField, valueCount: number, next: { type: FieldTypeValue; options: string }) {
  if (valueCount === 0) return null;
  const kept = new Set(parseOptions(next.options).map((o) => o.toLowerCase()));
  const dropsOptions = field.type === "SELECT" && next.type === "SELECT" && field.options.some((o) => !kept.has(o.toLowerCase()));
  if (next.type === field.type && !dropsOptions) return null;
  const what =
    next.type !== field.type
      ? `Changing the type from ${FIELD_TYPE_LABELS[field.type]} to ${FIELD_TYPE_LABELS[next.type]} doesn't convert their values`
      : "Removing options doesn't change the values users already have";
  return (
    <Alert role="status">
      <TriangleAlert aria-hidden />
      <AlertDescription>
        {users(valueCount)} a value in {field.label}. {what}: they stay as they are, and the next imports are checked against the new rules.
      </AlertDescription>
    </Alert>
  );
}

export function EditFieldDialog({ field, valueCount }: { field: EditableField; valueCount: number }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" aria-label={`Edit ${field.label}`}>
          Edit
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Edit “{field.label}”</DialogTitle>
          <DialogDescription>Renaming keeps every user&apos;s value: values belong to the field, not to its label.</DialogDescription>
        </DialogHeader>
        {open && (
          <FieldForm
            defaultValues={{ label: field.label, type: field.type, options: field.options.join("\n") }}
            submitLabel="Save changes"
            pendingLabel="Saving…"
            submit={(values) => updateFieldAction({ id: field.id, ...values })}
            onSaved={(message) => {
              toast.success(message);
              setOpen(false);
            }}
            notice={(next) => changeWarning(field, valueCount, next)}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}
