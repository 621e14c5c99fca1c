"use client";

import { RotateCw } from "lucide-react";
import { useTransition } from "react";
import { toast } from "sonner";
import { toastAction } from "@/components/forms/toast-action";
import { Button } from "@/components/ui/button";
import { retryImportAction } from "./actions";

/** Queues a failed import again; it continues with the rows that weren't applied. */
export function RetryButton({ importId }: { importId: string }) {
  const [pending, startTransition] = useTransition();
  const retry = () =>
    startTransition(async () => {
      if (await toastAction(() => retryImportAction({ importId }))) toast.success("The import is queued again. It continues with the rows that weren't applied.");
    });
  return (
    <Button onClick={retry} disabled={pending}>
      <RotateCw aria-hidden /> {pending ? "Queuing…" : "Retry import"}
    </Button>
  );
}
