"use client";

import { ArrowDown, ArrowUp } from "lucide-react";
import { useOptimistic, useTransition } from "react";
import { toast } from "sonner";
import { toastAction } from "@/components/forms/toast-action";
import { Button } from "@/components/ui/button";
import { Switch } from "@/components/ui/switch";
import type { ActionResult } from "@/lib/actions";
import { moveFieldAction, setFieldEnabledAction } from "./actions";

async function run(action: () => Promise<ActionResult>, announce: boolean) {
  const result = await toastAction(action);
  if (result && announce && result.message) toast.success(result.message);
}

/** The switch flips at once; the server's answer (and a refreshed page) follows. */
export function EnabledSwitch({ id, label, enabled }: { id: string; label: string; enabled: boolean }) {
  const [pending, startTransition] = useTransition();
  const [shown, setShown] = useOptimistic(enabled);
  return (
    <div className="flex items-center gap-2">
      <Switch
        checked={shown}
        disabled={pending}
        aria-label={`Enable ${label}`}
        onCheckedChange={(next) =>
          startTransition(async () => {
            setShown(next);
            await run(() => setFieldEnabledAction({ id, enabled: next }), true);
          })
        }
      />
      <span className={shown ? "text-sm" : "text-sm text-muted-foreground"}>{shown ? "Enabled" : "Disabled"}</span>
    </div>
  );
}

export function MoveButtons({ id, label, first, last }: { id: string; label: string; first: boolean; last: boolean }) {
  const [pending, startTransition] = useTransition();
  const move = (direction: "up" | "down") => startTransition(() => run(() => moveFieldAction({ id, direction }), false));
  return (
    <div className="flex gap-1">
      <Button type="button" variant="ghost" size="icon-sm" aria-label={`Move ${label} up`} disabled={first || pending} onClick={() => move("up")}>
        <ArrowUp aria-hidden />
      </Button>
      <Button type="button" variant="ghost" size="icon-sm" aria-label={`Move ${label} down`} disabled={last || pending} onClick={() => move("down")}>
        <ArrowDown aria-hidden />
      </Button>
    </div>
  );
}
