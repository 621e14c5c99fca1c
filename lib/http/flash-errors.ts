/**
 * Errors carried across a redirect in a short-lived cookie, for a form the
 * browser posted by itself (no JavaScript yet): the page it lands on shows
 * them. A cookie rather than the URL, because errors can quote what was
 * posted. Kept under the 4 KB a browser allows a cookie.
 */
export const FLASH_MAX_AGE_SECONDS = 60;
/** The Add/Update Users form's errors, for /users/import. */
export const UPLOAD_ERRORS_COOKIE = "rollcall.upload-errors";
const MAX_ENCODED_LENGTH = 3_000;

export function encodeFlashErrors(errors: string[]): string {
  const kept: string[] = [];
  for (const error of errors) {
    const next = encodeURIComponent(JSON.stringify([...kept, error]));
    if (next.length > MAX_ENCODED_LENGTH) break;
    kept.push(error);
  }
  if (kept.length === 0 && errors[0]) kept.push(`${errors[0].slice(0, 500)}…`);
  return encodeURIComponent(JSON.stringify(kept));
}

/** Anything but a list of strings (an old, foreign or tampered cookie) reads as no errors. */
export function decodeFlashErrors(value: string | undefined): string[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(decodeURIComponent(value));
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === "string").slice(0, 10) : [];
  } catch {
    return [];
  }
}
