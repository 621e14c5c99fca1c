import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { FieldErrors } from "@/lib/actions";

/**
 * Puts a server action's field errors on the form's fields (the first
 * message of each). False when there were none: the caller shows the
 * action's form error instead, so a refusal is never silent.
 */
export function applyFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, fieldErrors: FieldErrors | undefined): boolean {
  let placed = false;
  for (const [name, messages] of Object.entries(fieldErrors ?? {})) {
    if (!messages?.[0]) continue;
    setError(name as Path<T>, { message: messages[0] });
    placed = true;
  }
  return placed;
}
