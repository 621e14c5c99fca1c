"use client";

import { useRouter } from "next/navigation";
import { useId, useOptimistic, useTransition } from "react";
import { toast } from "sonner";
import { toastAction } from "@/components/forms/toast-action";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { setScimWelcomeEmailsAction } from "./actions";

/** Saved as soon as it is flipped: one setting, no form to submit. */
export function WelcomeEmailsSwitch({ enabled }: { enabled: boolean }) {
  const id = useId();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [shown, setShown] = useOptimistic(enabled);
  const change = (next: boolean) =>
    startTransition(async () => {
      setShown(next);
      const result = await toastAction(() => setScimWelcomeEmailsAction({ enabled: next }));
      if (result) toast.success(result.message);
      router.refresh();
    });
  return (
    <div className="flex items-start gap-3">
      <Switch id={id} checked={shown} onCheckedChange={change} disabled={pending} aria-describedby={`${id}-hint`} className="mt-0.5" />
      <div className="grid gap-1">
        <Label htmlFor={id}>Send a welcome email to users the identity provider creates</Label>
        <p id={`${id}-hint`} className="max-w-2xl text-sm text-muted-foreground">
          Off by default. Entra ID and Okta often create everyone as soon as the app is assigned, weeks before launch day, and an email then invites people to
          training that isn&apos;t ready. Turn it on once you&apos;re live: only users created from then on are emailed, and archived (inactive) users never are.
          Users created while it was off can be sent theirs from the Users page (Resend welcome email).
        </p>
      </div>
    </div>
  );
}
