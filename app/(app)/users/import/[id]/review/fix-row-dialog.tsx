"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { callAction } from "@/components/forms/call-action";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { fixRowAction } from "../../actions";

export interface MappedColumn {
  column: number;
  header: string;
  label: string;
}

/** Corrects one row's cells in the stored file; the review is recomputed with the new values. */
export function FixRowDialog({ importId, rowNumber, columns, cells }: { importId: string; rowNumber: number; columns: MappedColumn[]; cells: string[] }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const form = useForm<{ cells: Record<string, string> }>({
    defaultValues: { cells: Object.fromEntries(columns.map((c) => [String(c.column), cells[c.column] ?? ""])) },
  });

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const result = await callAction(() => fixRowAction({ importId, rowNumber, cells: values.cells }));
      if (!result) return;
      if (!result.ok) return setError(result.formError);
      toast.success(`Row ${rowNumber} updated. The review has been checked again.`);
      setOpen(false);
      router.refresh();
    }),
  );

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" className="w-fit">
          Fix row {rowNumber}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form method="post" onSubmit={onSubmit} className="grid gap-4">
          <DialogHeader>
            <DialogTitle>Fix row {rowNumber}</DialogTitle>
            <DialogDescription>Correct the values below. Only this import&apos;s copy of the file changes.</DialogDescription>
          </DialogHeader>
          <FormAlert message={error} />
          {columns.map((c) => (
            <div key={c.column} className="grid gap-2">
              <Label htmlFor={`fix-${rowNumber}-${c.column}`}>
                {c.label}
                {c.header && c.header !== c.label && <span className="font-normal text-muted-foreground"> (column “{c.header}”)</span>}
              </Label>
              <Input id={`fix-${rowNumber}-${c.column}`} {...form.register(`cells.${c.column}`)} />
            </div>
          ))}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? "Checking…" : "Save and recheck"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
