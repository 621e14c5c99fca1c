"use client";

import { ArchiveRestore } from "lucide-react";
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
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { formatCount } from "@/lib/imports/message-format";

function welcomeOption(archived: number, neverWelcomed: number) {
  if (neverWelcomed < archived) {
    return {
      label: `Send a welcome email to the ${formatCount(neverWelcomed)} who ${neverWelcomed === 1 ? "has" : "have"} never had one`,
      hint: "Until then they can't set a password. The others have had one or have activated their account.",
    };
  }
  if (archived === 1) return { label: "Send a welcome email", hint: "They've never had one, so they can't set a password yet. The email has a link to activate their account." };
  return { label: "Send each of them a welcome email", hint: "None of them has had one yet, so they can't set a password. Each email has a link to activate their account." };
}

/**
 * The Unarchive button and its confirmation; `who` is "Ada Lovelace" or
 * "3 users". Of the `archived` users it would restore, those who never had
 * a welcome email (`neverWelcomed`) can be sent one in the same step.
 */
export function UnarchiveDialog({
  who,
  archived,
  neverWelcomed,
  disabled,
  onConfirm,
}: {
  who: string;
  archived: number;
  neverWelcomed: number;
  disabled?: boolean;
  onConfirm: (sendWelcome: boolean) => void;
}) {
  const id = useId();
  const [sendWelcome, setSendWelcome] = useState(true);
  const option = neverWelcomed > 0 ? welcomeOption(archived, neverWelcomed) : null;

  return (
    <AlertDialog onOpenChange={(open) => open && setSendWelcome(true)}>
      <AlertDialogTrigger asChild>
        <Button variant="outline" size="sm" disabled={disabled}>
          <ArchiveRestore aria-hidden />
          Unarchive
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Unarchive {who}?</AlertDialogTitle>
          <AlertDialogDescription>They move back to the Active list, with their details as they were.</AlertDialogDescription>
        </AlertDialogHeader>
        {option && (
          <div className="flex items-start gap-3 rounded-lg border bg-muted/40 p-3">
            <Checkbox id={`${id}-welcome`} checked={sendWelcome} onCheckedChange={(checked) => setSendWelcome(checked === true)} className="mt-0.5" />
            <div className="grid gap-1">
              <Label htmlFor={`${id}-welcome`}>{option.label}</Label>
              <p className="text-sm text-muted-foreground">{option.hint}</p>
            </div>
          </div>
        )}
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <AlertDialogAction onClick={() => onConfirm(option !== null && sendWelcome)}>Unarchive</AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
