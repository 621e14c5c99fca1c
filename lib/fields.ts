/** The four fields every organisation has; they can't be renamed or disabled. */
export const BUILT_IN_FIELDS = [
  { key: "email", label: "Email", type: "TEXT" },
  { key: "firstName", label: "First Name", type: "TEXT" },
  { key: "lastName", label: "Last Name", type: "TEXT" },
  { key: "active", label: "Active", type: "TEXT" },
] as const;

export type BuiltInKey = (typeof BUILT_IN_FIELDS)[number]["key"];

export const REQUIRED_FIELD_KEYS: BuiltInKey[] = ["email", "firstName", "lastName", "active"];

/** Labels are unique per organisation regardless of case and spacing. */
export function labelKey(label: string): string {
  return label.trim().replace(/\s+/g, " ").toLowerCase();
}

/** A stable key for a new custom field, derived from its label ("Job Title" → "job_title"). */
export function fieldKeyFromLabel(label: string): string {
  const slug = label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return slug ? `cf_${slug}` : "cf_field";
}

/**
 * The spreadsheet's Groups column: not a profile field (memberships live in
 * their own table) but mapped, templated and exported like one, always last.
 * Its label is reserved, so no custom field can take it.
 */
export const GROUPS_FIELD = { key: "groups", label: "Groups", type: "TEXT", builtIn: true, options: [] as string[] } as const;

export const GROUPS_KEY = GROUPS_FIELD.key;
