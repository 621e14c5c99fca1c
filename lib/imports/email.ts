const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_PART_LENGTH = 64;
// RFC 5322 "atext": letters, digits and these symbols, so o'brien+staff@… is valid.
const LOCAL_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** The form used to compare emails and to find existing learners (Learner.emailKey). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A practical subset of RFC 5322: dot-separated atoms before a single @, and a
 * domain with at least two labels. Quoted local parts, IP-address domains and
 * non-ASCII addresses are refused; they are legal but almost never real staff emails.
 */
export function isValidEmail(email: string): boolean {
  if (email.length > MAX_EMAIL_LENGTH) return false;
  const at = email.indexOf("@");
  if (at <= 0 || at !== email.lastIndexOf("@")) return false;
  const local = email.slice(0, at);
  const labels = email.slice(at + 1).split(".");
  if (local.length > MAX_LOCAL_PART_LENGTH) return false;
  // An empty atom or label means a leading, trailing or doubled dot.
  if (!local.split(".").every((atom) => LOCAL_ATOM.test(atom))) return false;
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return false;
  const topLevel = labels[labels.length - 1]!;
  return topLevel.length >= 2 && /[A-Za-z]/.test(topLevel);
}

/**
 * Why an address an admin thinks is fine is refused, when it's for a reason they can't see:
 * letters outside plain ASCII ("zoë.øvergaard@…"). Null for every other invalid address, whose
 * mistake shows in the address itself.
 */
export function emailRefusalHint(email: string): string | null {
  const letters = [...new Set(email.match(/[^\x00-\x7F]/gu) ?? [])];
  if (letters.length === 0) return null;
  return `Rollcall takes addresses in plain ASCII letters, and ${joinQuoted(letters)} ${letters.length === 1 ? "isn't" : "aren't"}. Use the address without accents, as your email system knows it`;
}

function joinQuoted(letters: string[]): string {
  const quoted = letters.slice(0, 5).map((letter) => `“${letter}”`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}` : quoted[0]!;
}
