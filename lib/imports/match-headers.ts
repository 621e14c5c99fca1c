import { distance } from "fastest-levenshtein";
import type { FieldDef, Mapping } from "./types";

export const BUILT_IN_KEYS = ["email", "firstName", "lastName", "active"] as const;
export type BuiltInKey = (typeof BUILT_IN_KEYS)[number];

/** Other names admins' spreadsheets use for the built-in columns, already normalised. */
export const BUILT_IN_SYNONYMS: Record<BuiltInKey, readonly string[]> = {
  email: ["email", "emailaddress", "mail", "mailaddress", "emailid", "workemail"],
  firstName: ["firstname", "forename", "forenames", "givenname", "givennames", "first", "fname"],
  lastName: ["lastname", "surname", "familyname", "last", "lname"],
  active: ["active", "status", "enabled", "isactive", "isenabled"],
};

/** Other names for the Groups column (a spreadsheet's "Group", Moodle's cohorts). */
export const GROUPS_SYNONYMS: readonly string[] = ["group", "groups", "groupnames", "usergroups", "cohort", "cohorts"];

const FUZZY_MIN_LENGTH = 6;
const FUZZY_MAX_DISTANCE = 2;

/** "E-mail Address" -> "emailaddress": ignores case, spaces, underscores, punctuation and accents. */
export function normaliseHeader(header: string): string {
  return header
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

function isBuiltInKey(key: string): key is BuiltInKey {
  return (BUILT_IN_KEYS as readonly string[]).includes(key);
}

function namesFor(field: FieldDef): { exact: string[]; synonyms: string[] } {
  const exact = [...new Set([normaliseHeader(field.label), normaliseHeader(field.key)])].filter(Boolean);
  const builtInSynonyms = !field.builtIn ? [] : isBuiltInKey(field.key) ? BUILT_IN_SYNONYMS[field.key] : field.key === "groups" ? GROUPS_SYNONYMS : [];
  const synonyms = builtInSynonyms.filter((s) => !exact.includes(s));
  return { exact, synonyms };
}

interface Candidate {
  column: number;
  field: number;
  /** Lower is better: 0 exact label/key, 1 synonym, 2+ fuzzy (2 + edit distance). */
  rank: number;
}

function fuzzyDistance(header: string, names: string[]): number | null {
  let best: number | null = null;
  for (const name of names) {
    if (name.length < FUZZY_MIN_LENGTH || Math.abs(name.length - header.length) > FUZZY_MAX_DISTANCE) continue;
    const d = distance(header, name);
    if (d <= FUZZY_MAX_DISTANCE && (best === null || d < best)) best = d;
  }
  return best;
}

/**
 * Suggests which column feeds which field. Better matches win over worse ones:
 * a field's own label or key, then a synonym, then a near miss of the label or
 * key ("Departmnet"). So an exact "Email" beats a "Mail" column further left, and
 * a custom field labelled "Status" takes that column rather than Active. On a tie
 * the leftmost column wins. No field and no column is used twice.
 */
export function matchHeaders(headers: string[], fields: FieldDef[]): Mapping {
  const names = fields.map(namesFor);
  const candidates: Candidate[] = [];
  headers.forEach((header, column) => {
    const normalised = normaliseHeader(header);
    if (!normalised) return;
    names.forEach(({ exact, synonyms }, field) => {
      if (exact.includes(normalised)) candidates.push({ column, field, rank: 0 });
      else if (synonyms.includes(normalised)) candidates.push({ column, field, rank: 1 });
      else {
        // Only labels and keys: fuzzy synonyms misfire ("Username" is 2 edits from "surname").
        const d = fuzzyDistance(normalised, exact);
        if (d !== null) candidates.push({ column, field, rank: 2 + d });
      }
    });
  });
  candidates.sort((a, b) => a.rank - b.rank || a.column - b.column || a.field - b.field);

  const mapping: Mapping = {};
  const usedFields = new Set<number>();
  for (const { column, field } of candidates) {
    if (column in mapping || usedFields.has(field)) continue;
    mapping[column] = fields[field]!.key;
    usedFields.add(field);
  }
  return mapping;
}

/**
 * The field a header names by its label or key, compared as matchHeaders
 * compares them ("cost-centre" names "Cost Centre"); an enabled one first.
 * A column that names a field must be mapped to it, never turned into a
 * second, nearly identical field.
 */
export function fieldNamedBy<F extends FieldDef & { enabled: boolean }>(header: string, fields: F[]): F | undefined {
  const normalised = normaliseHeader(header);
  if (!normalised) return undefined;
  const named = fields.filter((field) => namesFor(field).exact.includes(normalised));
  return named.find((field) => field.enabled) ?? named[0];
}

/**
 * The disabled field a header names, when it names no enabled field.
 * Matching runs on enabled fields only, so such a column arrives unmapped;
 * the admin should enable the field rather than create another.
 */
export function disabledFieldNamedBy<F extends FieldDef & { enabled: boolean }>(header: string, fields: F[]): F | undefined {
  const named = fieldNamedBy(header, fields);
  return named && !named.enabled ? named : undefined;
}

function mappedKeys(mapping: Mapping): string[] {
  return Object.keys(mapping)
    .map(Number)
    .sort((a, b) => a - b)
    .map((column) => mapping[column] ?? "")
    .filter((key) => key !== "");
}

/** Required fields that no column is mapped to, in the order of `required`. */
export function missingRequired(
  mapping: Mapping,
  fields: FieldDef[],
  required: readonly string[] = BUILT_IN_KEYS,
): FieldDef[] {
  const mapped = new Set(mappedKeys(mapping));
  return required
    .filter((key) => !mapped.has(key))
    .map((key) => fields.find((field) => field.key === key))
    .filter((field): field is FieldDef => field !== undefined);
}

/** Field keys that more than one column is mapped to, in column order. */
export function duplicateTargets(mapping: Mapping): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const key of mappedKeys(mapping)) {
    if (seen.has(key)) duplicates.add(key);
    seen.add(key);
  }
  return [...duplicates];
}
