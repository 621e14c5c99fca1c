import { plural } from "@/lib/imports/message-format";

/** "1 person", "3 people". */
export const people = (n: number) => plural(n, "person", "people");

/**
 * What the admin types to confirm an erasure: one person's email address (the
 * one thing that can't be confused with someone else's), or "erase 3 people"
 * for a selection, so the number they agree to is the number that goes.
 */
export function erasureConfirmationPhrase(selection: { count: number; email?: string | null }): string {
  if (selection.count === 1 && selection.email) return selection.email.trim();
  return `erase ${people(selection.count)}`;
}

const normalise = (value: string) => value.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();

/** Case, surrounding spaces and repeated spaces don't matter; every other character does. */
export function confirmationMatches(typed: string, phrase: string): boolean {
  return phrase.trim() !== "" && normalise(typed) === normalise(phrase);
}
