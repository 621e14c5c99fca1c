"use client";

import { UserMinus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { toast } from "sonner";
import { toastAction } from "@/components/forms/toast-action";
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
import { removeAdminAction } from "./actions";

/** Removing someone can't be undone from here (they'd need a new invitation), so the owner types their username to confirm. */
export function RemoveAdminDialog({ admin, you, lockedReason }: { admin: { id: string; name: string; username: string }; you: boolean; lockedReason?: string }) {
  const id = useId();
  const router = useRouter();
  const [typed, setTyped] = useState("");
  const [pending, startTransition] = useTransition();
  const matches = typed.trim().toLowerCase() === admin.username;

  function remove() {
    startTransition(async () => {
      const result = await toastAction(() => removeAdminAction({ adminId: admin.id }));
      if (!result) return;
      toast.success(result.message);
      router.refresh();
    });
  }

  return (
    <AlertDialog onOpenChange={(open) => !open && setTyped("")}>
      <AlertDialogTrigger asChild>
        <Button variant="outline" size="sm" disabled={pending || Boolean(lockedReason)} aria-label={`Remove ${admin.name}`} title={lockedReason}>
          <UserMinus aria-hidden />
          {pending ? "Removing…" : "Remove"}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{you ? "Remove yourself from the team?" : `Remove ${admin.name} from the team?`}</AlertDialogTitle>
          <AlertDialogDescription>
            {you ? "You'll be signed out and can't log in again" : `${admin.name} is signed out everywhere and can't log in again`}, and password reset links stop working. Their
            past imports and changes still name them. To bring them back, invite them again.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <div className="grid gap-2">
          <Label htmlFor={`${id}-confirm`}>
            Type <span className="font-mono font-semibold">{admin.username}</span> to confirm
          </Label>
          <Input id={`${id}-confirm`} value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" autoCapitalize="none" spellCheck={false} />
        </div>
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <AlertDialogAction onClick={remove} disabled={!matches} variant="destructive">
            Remove from team
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
