"use client";

import { Undo2 } from "lucide-react";
import { useTransition } from "react";
import { toast } from "sonner";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { toastAction } from "@/components/forms/toast-action";
import { Button } from "@/components/ui/button";
import { undoImportAction } from "./actions";

export function UndoButton({ importId, created, updated }: { importId: string; created: number; updated: number }) {
  const [pending, startTransition] = useTransition();
  const undo = () =>
    startTransition(async () => {
      if (await toastAction(() => undoImportAction({ importId }))) toast.success("The import has been undone.");
    });
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="outline" disabled={pending}>
          <Undo2 aria-hidden /> {pending ? "Undoing…" : "Undo import"}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Undo this import?</AlertDialogTitle>
          <AlertDialogDescription>
            The {created.toLocaleString("en-GB")} users it created are removed and the {updated.toLocaleString("en-GB")} users it updated get their previous values
            back. Users changed since the import are kept as they are now (created ones are archived instead of removed); you&apos;ll see how many.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Keep the import</AlertDialogCancel>
          <AlertDialogAction onClick={undo}>Undo import</AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
