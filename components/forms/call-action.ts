import type { ActionResult } from "@/lib/actions";

export const CONNECTION_ERROR = "That didn't go through. Check your connection and try again.";

/**
 * Calls a server action from the browser. A request that gets no answer
 * (connection dropped, server restarting or failing) becomes a form error the
 * caller shows beside the form, instead of an error screen that throws away
 * what the admin typed. Resolves to undefined when the session has ended and
 * Next.js is already redirecting to the login page.
 */
export async function callAction<T>(call: () => Promise<ActionResult<T> | undefined>): Promise<ActionResult<T> | undefined> {
  try {
    return await call();
  } catch {
    return { ok: false, formError: CONNECTION_ERROR };
  }
}
