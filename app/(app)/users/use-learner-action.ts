"use client";

import { startTransition, useTransition } from "react";
import { toast } from "sonner";
import { toastAction } from "@/components/forms/toast-action";
import type { LearnerActionResult } from "./actions";

type LearnerAction = (input: { ids: string[] }) => Promise<LearnerActionResult>;

/** Runs an archive/unarchive/resend action and reports the outcome in a toast. */
export function useLearnerAction(onDone?: () => void) {
  const [pending, startPending] = useTransition();

  function run(action: LearnerAction, ids: string[]) {
    startPending(async () => {
      const result = await toastAction(() => action({ ids }));
      if (!result) return;
      // A stale selection (users removed meanwhile) is worth a warning; "already archived" is not.
      if (result.data.missing > 0) toast.warning(result.message);
      else if (result.data.changed > 0) toast.success(result.message);
      else toast.info(result.message);
      if (onDone) startTransition(onDone);
    });
  }

  return { run, pending };
}
