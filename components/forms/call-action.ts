import { unstable_rethrow } from "next/navigation";
import type { ActionResult } from "@/lib/actions";

export const CONNECTION_ERROR = "That didn't go through. Check your connection and try again.";

/** Next.js rejects an action's promise with this when the action redirected (its digest starts NEXT_REDIRECT). */
function isRedirect(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;");
}

/**
 * Calls a server action from the browser. A request that gets no answer
 * (connection dropped, server restarting or failing) becomes a form error the
 * caller shows beside the form, instead of an error screen that throws away
 * what the admin typed. When the action redirected (after logging in, or to
 * the login page because the session has ended), the router is already on
 * its way there: the call resolves to undefined, with no error to show.
 */
export async function callAction<T>(call: () => Promise<ActionResult<T> | undefined>): Promise<ActionResult<T> | undefined> {
  try {
    return await call();
  } catch (error) {
    if (isRedirect(error)) return undefined;
    unstable_rethrow(error);
    return { ok: false, formError: CONNECTION_ERROR };
  }
}
