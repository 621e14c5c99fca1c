"use client";

import { Ban, Send } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
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
import { resendInvitationAction, revokeInvitationAction } from "./actions";

export function InvitationButtons({ invitation }: { invitation: { id: string; name: string; email: string } }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const run = (action: typeof resendInvitationAction) =>
    startTransition(async () => {
      const result = await toastAction(() => action({ id: invitation.id }));
      if (!result) return;
      toast.success(result.message);
      router.refresh();
    });

  return (
    <div className="flex justify-end gap-2">
      <Button variant="outline" size="sm" disabled={pending} onClick={() => run(resendInvitationAction)} aria-label={`Resend the invitation to ${invitation.email}`}>
        <Send aria-hidden />
        Resend
      </Button>
      <AlertDialog>
        <AlertDialogTrigger asChild>
          <Button variant="outline" size="sm" disabled={pending} aria-label={`Revoke the invitation to ${invitation.email}`}>
            <Ban aria-hidden />
            Revoke
          </Button>
        </AlertDialogTrigger>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>Revoke the invitation to {invitation.name}?</AlertDialogTitle>
            <AlertDialogDescription>
              The link in the email to {invitation.email} stops working at once. You can invite them again later.
            </AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>Cancel</AlertDialogCancel>
            <AlertDialogAction onClick={() => run(revokeInvitationAction)} variant="destructive">
              Revoke invitation
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </div>
  );
}
