"use client";

import { ShieldAlert, Trash2 } from "lucide-react";
import { useId, useState } from "react";
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
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { confirmationMatches, erasureConfirmationPhrase, people } from "@/lib/privacy/erasure-confirmation";

/**
 * The Erase button and its confirmation. Erasure can't be undone (not even by
 * undoing an import), so the admin types the person's email address, or
 * "erase 3 people" for a selection, before the button works.
 */
export function EraseDialog({
  who,
  count,
  email,
  disabled,
  onConfirm,
}: {
  /** The one person's name; a selection is called "3 people", as the phrase calls it. */
  who: string;
  count: number;
  /** The one person's address, when there is one person. */
  email?: string;
  disabled?: boolean;
  onConfirm: (confirmation: string) => void;
}) {
  const id = useId();
  const [typed, setTyped] = useState("");
  const phrase = erasureConfirmationPhrase({ count, email });
  const matches = confirmationMatches(typed, phrase);

  return (
    <AlertDialog onOpenChange={(open) => !open && setTyped("")}>
      <AlertDialogTrigger asChild>
        <Button variant="outline" size="sm" disabled={disabled} className="text-destructive hover:text-destructive">
          <Trash2 aria-hidden />
          Erase
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Erase {count === 1 ? who : people(count)} permanently?</AlertDialogTitle>
          <AlertDialogDescription>
            Use this when someone asks for their personal data to be erased. {count === 1 ? "Their account is deleted" : "Their accounts are deleted"}, and their details go from
            every import, stored email, group and the activity log. Imports keep their counts; the activity log records only that {people(count)}{" "}
            {count === 1 ? "was" : "were"} erased, and by you.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <div role="note" className="flex gap-2 rounded-md border border-destructive/30 bg-destructive/5 px-3 py-2 text-sm text-destructive">
          <ShieldAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
          <p>
            This can&apos;t be undone, and undoing an import won&apos;t bring them back. To keep someone but hide them from the list, archive them instead.
          </p>
        </div>
        <div className="grid gap-2">
          <Label htmlFor={`${id}-confirm`}>
            Type <span className="font-mono font-semibold break-all">{phrase}</span> to confirm
          </Label>
          <Input id={`${id}-confirm`} value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" autoCapitalize="none" spellCheck={false} />
        </div>
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <AlertDialogAction onClick={() => onConfirm(typed)} disabled={!matches} variant="destructive">
            Erase {count === 1 ? "permanently" : people(count)}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
