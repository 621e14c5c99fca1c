/** What is known of a person being erased, to recognise them in stored text and JSON. */
export interface ErasedPerson {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  /** The values of their custom fields, and the directory's userName and externalId. */
  otherValues: string[];
}

const fold = (value: string) => value.normalize("NFC").trim().toLowerCase();

/** Shorter values (initials, "1", "UK") are too common to recognise anyone by. */
const MIN_NEEDLE = 3;

/**
 * Tells whether a stored string is about one of these people. Identifiers
 * (email, directory userName and externalId, the learner id) are found
 * inside longer text ("jo@x.test became another user's email"); names and
 * field values only when the whole string is one (a search for "Zoë", a
 * "name" of "Zoë Quill"), so an entry that merely shares a common word with
 * someone else's name keeps its detail.
 */
export function personMatcher(people: ErasedPerson[]): (value: string) => boolean {
  const contained = new Set<string>();
  const whole = new Set<string>();
  for (const person of people) {
    contained.add(fold(person.id));
    contained.add(fold(person.email));
    const fullName = `${person.firstName} ${person.lastName}`;
    for (const value of [person.firstName, person.lastName, fullName]) whole.add(fold(value));
    for (const value of person.otherValues) {
      // Custom values that look like identifiers (an employee id, a userName) are found inside text too.
      if (/[@\d]/.test(value) && fold(value).length >= 5) contained.add(fold(value));
      else whole.add(fold(value));
    }
  }
  const inside = [...contained].filter((needle) => needle.length >= MIN_NEEDLE);
  for (const value of whole) if (value.length < MIN_NEEDLE) whole.delete(value);
  return (value) => {
    const folded = fold(value);
    return whole.has(folded) || inside.some((needle) => folded.includes(needle));
  };
}

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * A copy of a stored JSON value without anything `matches`: such strings
 * leave arrays (a list of learner ids keeps the others) and become null in
 * objects (the key, and so the entry's shape, stays); object keys that
 * match go with their value. Numbers and booleans are kept: counts stay.
 */
export function scrubJson(value: Json, matches: (value: string) => boolean): Json {
  if (typeof value === "string") return matches(value) ? null : value;
  if (Array.isArray(value)) return value.filter((item) => !(typeof item === "string" && matches(item))).map((item) => scrubJson(item, matches));
  if (value && typeof value === "object") {
    const out: { [key: string]: Json } = {};
    for (const [key, item] of Object.entries(value)) if (!matches(key)) out[key] = scrubJson(item, matches);
    return out;
  }
  return value;
}

/** Whether scrubbing would change the value: only entries that name someone are rewritten. */
export function mentions(value: Json, matches: (value: string) => boolean): boolean {
  if (typeof value === "string") return matches(value);
  if (Array.isArray(value)) return value.some((item) => mentions(item, matches));
  if (value && typeof value === "object") return Object.entries(value).some(([key, item]) => matches(key) || mentions(item, matches));
  return false;
}
