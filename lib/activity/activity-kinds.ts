/**
 * The kinds the activity log is filtered by. An entry's kind is the part of
 * its action before the first dot ("import.undone" → "import"), so an action
 * added later ("admin.invited") lands in its kind without touching the log,
 * and one whose prefix no kind claims still shows under "All activity".
 */
export const ACTIVITY_KINDS = {
  imports: { label: "Imports", prefixes: ["import"] },
  users: { label: "Users archived, unarchived or erased", prefixes: ["learners"] },
  groups: { label: "Groups", prefixes: ["groups"] },
  fields: { label: "Profile fields", prefixes: ["fields"] },
  api_tokens: { label: "API tokens", prefixes: ["api_token"] },
  directory_sync: { label: "Directory sync", prefixes: ["scim"] },
  organisation: { label: "Organisation settings", prefixes: ["organisation"] },
  team: { label: "Team", prefixes: ["admin", "admins", "invitation", "invitations", "team", "role", "roles"] },
  sign_ins: { label: "Sign-ins", prefixes: ["login"] },
  account: { label: "Account and passwords", prefixes: ["account", "password", "username"] },
} as const satisfies Record<string, { label: string; prefixes: readonly string[] }>;

export type ActivityKind = keyof typeof ACTIVITY_KINDS;
export const ACTIVITY_KIND_KEYS = Object.keys(ACTIVITY_KINDS) as ActivityKind[];

/** The kind an action belongs to, or null for one no kind claims. */
export function kindOf(action: string): ActivityKind | null {
  const prefix = action.split(".")[0] ?? "";
  for (const key of ACTIVITY_KIND_KEYS) if ((ACTIVITY_KINDS[key].prefixes as readonly string[]).includes(prefix)) return key;
  return null;
}
