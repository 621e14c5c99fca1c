"use client";

import { useActionState, useRef, useState, useTransition } from "react";
import type { ActionResult, FormAction } from "@/lib/actions";
import { callAction } from "./call-action";

/**
 * Runs a form's server action both ways. Before the page is interactive (or
 * without JavaScript) the browser posts the form itself (`formAction` on
 * `<form action>`) and the server renders the page again with the answer.
 * Once it is, `submit()` sends the same fields after react-hook-form has
 * validated them, and a dropped connection becomes a form error instead of an
 * error page (callAction). `result` is whichever answer came last.
 */
export function useFormAction<T>(action: FormAction<T>) {
  const [posted, formAction] = useActionState(action, undefined);
  const [sent, setSent] = useState<{ result: ActionResult<T> | undefined }>();
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);

  /** Resolves to the answer, or to undefined when the action redirected (the router is already on its way). */
  function submit(): Promise<ActionResult<T> | undefined> {
    const formData = new FormData(formRef.current ?? undefined);
    return new Promise((resolve) =>
      startTransition(async () => {
        const result = await callAction(() => action(undefined, formData));
        // In the transition, so the answer shows in the same render that ends `pending`.
        startTransition(() => setSent({ result }));
        resolve(result);
      }),
    );
  }

  return { formRef, formAction, submit, pending, result: sent ? sent.result : posted };
}
