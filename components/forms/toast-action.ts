import { toast } from "sonner";
import type { ActionResult } from "@/lib/actions";
import { callAction, CONNECTION_ERROR } from "./call-action";

/**
 * For actions run from a button rather than a form: a refusal or a lost
 * connection is reported in an error toast. Resolves to the result when the
 * action succeeded (the caller announces it), otherwise to undefined.
 */
export async function toastAction<T>(call: () => Promise<ActionResult<T> | undefined>): Promise<Extract<ActionResult<T>, { ok: true }> | undefined> {
  const result = await callAction(call);
  if (!result) return undefined;
  if (!result.ok) {
    toast.error(result.formError ?? CONNECTION_ERROR);
    return undefined;
  }
  return result;
}
