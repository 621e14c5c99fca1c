"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { createFieldAction } from "./actions";
import { FieldForm } from "./field-form";

export function AddFieldDialog({ variant = "default" }: { variant?: "default" | "outline" }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant={variant}>
          <Plus aria-hidden />
          Add field
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Add a profile field</DialogTitle>
          <DialogDescription>New fields are added at the end of the list, as a new column in the CSV template.</DialogDescription>
        </DialogHeader>
        {/* Mounted only while open, so the form starts empty every time. */}
        {open && (
          <FieldForm
            defaultValues={{ label: "", type: "TEXT", options: "" }}
            submitLabel="Add field"
            pendingLabel="Adding…"
            submit={createFieldAction}
            onSaved={(message) => {
              toast.success(message);
              setOpen(false);
            }}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}
