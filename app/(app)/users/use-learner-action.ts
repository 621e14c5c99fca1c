"use client";

import { startTransition, useTransition } from "react";
import { toast } from "sonner";
import type { LearnerActionResult } from "./actions";

type LearnerAction = (input: { ids: string[] }) => Promise<LearnerActionResult>;

/** Runs an archive/unarchive/resend action and reports the outcome in a toast. */
export function useLearnerAction(onDone?: () => void) {
  const [pending, startPending] = useTransition();

  function run(action: LearnerAction, ids: string[]) {
    startPending(async () => {
      let result: LearnerActionResult | undefined;
      try {
        result = await action({ ids });
      } catch {
        toast.error("That didn't go through. Check your connection and try again.");
        return;
      }
      // Undefined when the session ended and Next.js is already redirecting to the login page.
      if (!result) return;
      if (!result.ok) {
        toast.error(result.formError ?? "That didn't go through. Try again.");
        return;
      }
      // A stale selection (users removed meanwhile) is worth a warning; "already archived" is not.
      if (result.data.missing > 0) toast.warning(result.message);
      else if (result.data.changed > 0) toast.success(result.message);
      else toast.info(result.message);
      if (onDone) startTransition(onDone);
    });
  }

  return { run, pending };
}
