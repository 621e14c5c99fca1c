import type { Permission } from "@/lib/auth/roles";

/** The settings sections and what opening each needs; the tabs show a role only the ones it can open. */
export const SETTINGS_TABS: { href: string; label: string; permission: Permission }[] = [
  { href: "/settings/fields", label: "Profile fields", permission: "fields:write" },
  { href: "/settings/team", label: "Team", permission: "view" },
  { href: "/settings/api-tokens", label: "API tokens", permission: "api_tokens:manage" },
  { href: "/settings/api-reference", label: "API reference", permission: "view" },
  { href: "/settings/directory-sync", label: "Directory sync", permission: "directory_sync:manage" },
  { href: "/settings/organisation", label: "Organisation", permission: "organisation:manage" },
  { href: "/settings/activity", label: "Activity", permission: "view" },
];
