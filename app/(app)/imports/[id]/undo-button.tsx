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
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { people } from "@/lib/privacy/erasure-confirmation";
import { undoImportAction } from "./actions";

/** `erased`: people the import created or updated who have been erased on request since; undo skips them. */
export function UndoButton({ importId, created, updated, erased }: { importId: string; created: number; updated: number; erased: number }) {
  const [pending, startTransition] = useTransition();
  // The server's HTML shows the button before React runs it: until then a click would open nothing.
  const hydrated = useHydrated();
  const undo = () =>
    startTransition(async () => {
      if (await toastAction(() => undoImportAction({ importId }))) toast.success("The import has been undone.");
    });
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="outline" disabled={pending || !hydrated}>
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
          {erased > 0 && (
            <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              {people(erased)} it {erased === 1 ? "touched has" : "touched have"} since been erased on request. Undo skips them: an erased
              person can&apos;t be brought back.
            </p>
          )}
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Keep the import</AlertDialogCancel>
          <AlertDialogAction onClick={undo}>Undo import</AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
