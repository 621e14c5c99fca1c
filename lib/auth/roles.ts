import type { AdminRole } from "@/generated/prisma/enums";

export type Role = AdminRole;

/** Most powerful first: the order the team page lists and offers them in. */
export const ROLES = ["OWNER", "ADMIN", "VIEWER"] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = { OWNER: "Owner", ADMIN: "Admin", VIEWER: "Viewer" };

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  OWNER: "Everything, including the team, API tokens, directory sync and the organisation's settings.",
  ADMIN: "Users, imports, groups and profile fields.",
  VIEWER: "Reads the dashboard, users, imports and groups, and exports users.",
};

const ALL: readonly Role[] = ROLES;
const STAFF: readonly Role[] = ["OWNER", "ADMIN"];
const OWNERS: readonly Role[] = ["OWNER"];

/**
 * What each server action, route handler and page needs, declared where it is
 * defined (`adminAction("imports:write", …)`). `verb` completes "Viewers can't …".
 */
export const PERMISSIONS = {
  view: { roles: ALL, verb: "open this page" },
  export: { roles: ALL, verb: "export" },
  account: { roles: ALL, verb: "change their account" },
  "users:write": { roles: STAFF, verb: "change users" },
  "learners:erase": { roles: STAFF, verb: "erase users" },
  "imports:write": { roles: STAFF, verb: "import users" },
  "groups:write": { roles: STAFF, verb: "change groups" },
  "fields:write": { roles: STAFF, verb: "change profile fields" },
  "team:manage": { roles: OWNERS, verb: "manage the team" },
  "api_tokens:manage": { roles: OWNERS, verb: "manage API tokens" },
  "directory_sync:manage": { roles: OWNERS, verb: "change directory sync settings" },
  "organisation:manage": { roles: OWNERS, verb: "change the organisation's settings" },
} as const satisfies Record<string, { roles: readonly Role[]; verb: string }>;

export type Permission = keyof typeof PERMISSIONS;

export function isPermission(value: unknown): value is Permission {
  return typeof value === "string" && Object.hasOwn(PERMISSIONS, value);
}

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission].roles as readonly Role[]).includes(role);
}

const PLURAL: Record<Role, string> = { OWNER: "Owners", ADMIN: "Admins", VIEWER: "Viewers" };

/** Why a role is refused, as a sentence that says who can help: "Viewers can't import users. An owner can…". */
export function refusal(role: Role, permission: Permission): string {
  return `${PLURAL[role]} can't ${PERMISSIONS[permission].verb}. An owner can change your role in Settings → Team.`;
}
