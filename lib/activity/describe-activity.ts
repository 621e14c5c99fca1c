import { people } from "@/lib/privacy/erasure-confirmation";
import { type ActivityKind, kindOf } from "./activity-kinds";

/** An audit entry as the activity log reads it; the admin's name is looked up by the caller. */
export interface ActivityEntry {
  action: string;
  detail: unknown;
  adminId: string | null;
  apiTokenId: string | null;
  ip: string | null;
  /** The admin's current name; null when there is no admin or they have been removed. */
  adminName: string | null;
}

export type ActorKind = "admin" | "token" | "directory" | "command_line" | "anonymous" | "system";

export interface ActivityActor {
  kind: ActorKind;
  /** "Sam Admin", "API token ‘HR sync’", "Directory sync". */
  label: string;
}

export interface ActivityLink {
  href: string;
  label: string;
}

export interface ActivityDescription {
  kind: ActivityKind | null;
  actor: ActivityActor;
  /** What happened, as a sentence without the actor ("Archived 3 users."). */
  sentence: string;
  /** The import, user, group or settings page the entry is about, when there is one. */
  link: ActivityLink | null;
}

type Detail = Record<string, unknown>;

const count = new Intl.NumberFormat("en-GB");

function asDetail(detail: unknown): Detail {
  return detail && typeof detail === "object" && !Array.isArray(detail) ? (detail as Detail) : {};
}
function text(d: Detail, key: string): string | null {
  const value = d[key];
  return typeof value === "string" && value.trim() ? value : null;
}
function int(d: Detail, key: string): number {
  const value = d[key];
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}
function list(d: Detail, key: string): unknown[] {
  const value = d[key];
  return Array.isArray(value) ? value : [];
}
function users(n: number): string {
  return `${count.format(n)} ${n === 1 ? "user" : "users"}`;
}
function quoted(value: string): string {
  return `‘${value}’`;
}
/** "a, b and c" */
function joinAnd(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

const importLink = (d: Detail): ActivityLink | null => (text(d, "importId") ? { href: `/imports/${text(d, "importId")}`, label: "View import" } : null);
const userLink = (id: string | null): ActivityLink | null => (id ? { href: `/users/${id}`, label: "View user" } : null);
const groupLink = (id: string | null): ActivityLink | null => (id ? { href: `/groups/${id}`, label: "View group" } : null);
const FIELDS_LINK: ActivityLink = { href: "/settings/fields", label: "Profile fields" };
const TOKENS_LINK: ActivityLink = { href: "/settings/api-tokens", label: "API tokens" };
const TEAM_LINK: ActivityLink = { href: "/settings/team", label: "Team" };
const DIRECTORY_SYNC_LINK: ActivityLink = { href: "/settings/directory-sync", label: "Directory sync" };
const ORGANISATION_LINK: ActivityLink = { href: "/settings/organisation", label: "Organisation settings" };
const ROLE_NAMES: Record<string, string> = { OWNER: "Owner", ADMIN: "Admin", VIEWER: "Viewer" };
const roleName = (d: Detail, key: string) => ROLE_NAMES[text(d, key) ?? ""] ?? "a new role";

type Described = { sentence: string; link?: ActivityLink | null };

function describeUndo(d: Detail): string {
  const parts = [
    int(d, "deleted") > 0 && `${users(int(d, "deleted"))} it created removed`,
    int(d, "restored") > 0 && `${users(int(d, "restored"))} it updated restored`,
    int(d, "archived") > 0 && `${users(int(d, "archived"))} changed since archived instead of removed`,
    int(d, "keptChanged") > 0 && `${users(int(d, "keptChanged"))} changed since left as they are`,
    int(d, "erased") > 0 && `${people(int(d, "erased"))} erased since skipped (they can't come back)`,
    int(d, "groupsDeleted") > 0 && `${count.format(int(d, "groupsDeleted"))} ${int(d, "groupsDeleted") === 1 ? "group" : "groups"} it created deleted`,
  ].filter((part): part is string => Boolean(part));
  return parts.length ? `Undid an import: ${joinAnd(parts)}.` : "Undid an import; nothing needed changing back.";
}

function describePurge(d: Detail): string {
  const imports = int(d, "imports");
  const rows = int(d, "rows");
  const drafts = int(d, "drafts");
  const parts = [
    (imports > 0 || rows > 0) &&
      `the file contents of ${imports === 1 ? "1 finished import" : `${count.format(imports)} finished imports`} (${rows === 1 ? "1 row" : `${count.format(rows)} rows`}; the counts are kept)`,
    drafts > 0 && `${drafts === 1 ? "1 draft" : `${count.format(drafts)} drafts`} left unconfirmed for 30 days`,
  ].filter((part): part is string => Boolean(part));
  return parts.length ? `Deleted ${joinAnd(parts)}, under the organisation's retention policy.` : "Ran the retention policy; nothing was due for deletion.";
}

function describeField(d: Detail): string {
  const label = text(d, "label") ?? text(d, "key") ?? "a field";
  switch (text(d, "change")) {
    case "created":
      return `Added the profile field ${quoted(label)}.`;
    case "enabled":
      return `Enabled the profile field ${quoted(label)}.`;
    case "disabled":
      return `Disabled the profile field ${quoted(label)}.`;
    case "moved":
      return `Moved the profile field ${quoted(label)} ${text(d, "direction") === "up" ? "up" : "down"}.`;
    case "updated": {
      const changes = asDetail(d.changes);
      const rename = asDetail(changes.label);
      const name = text(rename, "from") ?? label;
      const parts = [
        text(rename, "to") && `renamed it ${quoted(text(rename, "to")!)}`,
        changes.type !== undefined && `changed its type to ${String(asDetail(changes.type).to ?? "").toLowerCase() || "another type"}`,
        changes.options !== undefined && "changed its options",
      ].filter((part): part is string => Boolean(part));
      return parts.length ? `Changed the profile field ${quoted(name)}: ${joinAnd(parts)}.` : `Changed the profile field ${quoted(name)}.`;
    }
    default:
      return `Changed the profile field ${quoted(label)}.`;
  }
}

function describeGroup(d: Detail): Described {
  const id = text(d, "groupId");
  switch (text(d, "change")) {
    case "created":
      return { sentence: `Created the group ${quoted(text(d, "name") ?? "unnamed")}.`, link: groupLink(id) };
    case "updated": {
      const from = text(d, "from");
      const to = text(d, "to") ?? from ?? "a group";
      return { sentence: from && from !== to ? `Renamed the group ${quoted(from)} to ${quoted(to)}.` : `Changed the description of the group ${quoted(to)}.`, link: groupLink(id) };
    }
    case "deleted": {
      const members = int(d, "members");
      return { sentence: `Deleted the group ${quoted(text(d, "name") ?? "unnamed")}${members ? ` (${users(members)} were in it)` : ""}.` };
    }
    default:
      return { sentence: "Changed a group.", link: groupLink(id) };
  }
}

function describeMembers(d: Detail): Described {
  const group = text(d, "name") ? `the group ${quoted(text(d, "name")!)}` : "a group";
  switch (text(d, "change")) {
    case "add":
      return { sentence: `Added ${users(int(d, "count"))} to ${group}.`, link: groupLink(text(d, "groupId")) };
    case "remove":
      return { sentence: `Removed ${users(int(d, "count"))} from ${group}.`, link: groupLink(text(d, "groupId")) };
    case "set": {
      const parts = [
        int(d, "added") > 0 && `added them to ${count.format(int(d, "added"))} ${int(d, "added") === 1 ? "group" : "groups"}`,
        int(d, "removed") > 0 && `removed them from ${count.format(int(d, "removed"))} ${int(d, "removed") === 1 ? "group" : "groups"}`,
      ].filter((part): part is string => Boolean(part));
      return { sentence: parts.length ? `Changed a user's groups: ${joinAnd(parts)}.` : "Changed a user's groups.", link: userLink(text(d, "learnerId")) };
    }
    default:
      return { sentence: "Changed a group's members.", link: groupLink(text(d, "groupId")) };
  }
}

function describeArchive(d: Detail, archived: boolean): Described {
  const ids = list(d, "learnerIds").filter((id): id is string => typeof id === "string");
  const n = int(d, "count") || ids.length;
  return { sentence: `${archived ? "Archived" : "Unarchived"} ${users(n)}.`, link: n === 1 ? userLink(ids[0] ?? null) : null };
}

function describeScim(action: string, d: Detail): Described {
  const name = text(d, "userName") ?? "a user";
  const link = userLink(text(d, "learnerId"));
  if (action === "scim.user_provisioned") return { sentence: `Provisioned ${quoted(name)}${d.linkedExisting ? ", linking the existing user with that email" : ""}.`, link };
  if (action.startsWith("scim.group_")) return describeScimGroup(action, d);
  if (action === "scim.settings_changed") return describeScimSettings(d);
  if (action === "scim.user_deprovisioned") return { sentence: `Deprovisioned ${quoted(name)}: the user was archived and unlinked from the directory.`, link };
  if (action === "scim.user_updated") {
    const email = text(d, "emailFrom") && text(d, "emailTo") ? `: email changed from ${text(d, "emailFrom")} to ${text(d, "emailTo")}` : "";
    return { sentence: `Updated ${quoted(name)}${email}.`, link };
  }
  return { sentence: `${humanise(action)}.`, link };
}

function describeTeam(action: string, d: Detail): Described {
  const who = text(d, "username") ?? text(d, "email") ?? text(d, "name") ?? "someone";
  switch (action) {
    case "admin.invited":
      return { sentence: `Invited ${text(d, "name") ?? "someone"}${text(d, "email") ? ` (${text(d, "email")})` : ""} as ${roleName(d, "role")}${text(d, "source") === "CLI" ? " (from the command line)" : ""}.`, link: TEAM_LINK };
    case "admin.invitation_resent":
      return { sentence: `Sent a new invitation link to ${who}; the old link no longer works.`, link: TEAM_LINK };
    case "admin.invitation_revoked":
      return { sentence: `Revoked the invitation to ${who}.`, link: TEAM_LINK };
    case "admin.joined":
      return { sentence: `Accepted an invitation and joined the team as ${roleName(d, "role")}, with the username ${quoted(who)}.`, link: TEAM_LINK };
    case "admin.role_changed":
      return { sentence: `Changed ${quoted(who)}'s role from ${roleName(d, "from")} to ${roleName(d, "to")}.`, link: TEAM_LINK };
    case "admin.removed":
      return { sentence: `Removed ${quoted(who)} from the team.`, link: TEAM_LINK };
    default:
      return describeUnknown(action, d);
  }
}

function describeScimGroup(action: string, d: Detail): Described {
  const name = quoted(text(d, "displayName") ?? "unnamed");
  if (action === "scim.group_deleted") return { sentence: `Deleted the group ${name} (${users(int(d, "members"))} were in it).` };
  const link = groupLink(text(d, "groupId"));
  if (action === "scim.group_provisioned") return { sentence: `Provisioned the group ${name}${list(d, "added").length ? ` with ${users(list(d, "added").length)}` : ""}.`, link };
  const parts: string[] = [];
  if (text(d, "from")) parts.push(`renamed it from ${quoted(text(d, "from")!)}`);
  if (list(d, "added").length) parts.push(`added ${users(list(d, "added").length)}`);
  if (list(d, "removed").length) parts.push(`removed ${users(list(d, "removed").length)}`);
  if (!parts.length) parts.push("changed its external id");
  return { sentence: `Updated the group ${name}: ${joinAnd(parts)}.`, link };
}

function describeScimSettings(d: Detail): Described {
  if (typeof d.welcomeEmails === "boolean") return { sentence: `Turned ${d.welcomeEmails ? "on" : "off"} welcome emails for users the directory provisions.`, link: DIRECTORY_SYNC_LINK };
  return { sentence: "Changed which profile fields the directory's attributes fill.", link: DIRECTORY_SYNC_LINK };
}

/** The settings' names as the activity log reads them, in the page's order. */
const ORGANISATION_SETTING_NAMES: Record<string, string> = {
  emailSenderName: "the sender name",
  emailReplyTo: "the reply-to address",
  welcomeSubject: "the welcome email's subject",
  welcomeIntro: "the welcome email's opening paragraph",
  activationLinkDays: "how long activation links work",
  importRetentionDays: "how long uploaded files are kept",
};

function describeOrganisationSettings(d: Detail): Described {
  const changed = list(d, "changed").filter((key): key is string => typeof key === "string");
  const rename = changed.includes("name") && text(d, "nameFrom") && text(d, "nameTo") ? `renamed the organisation from ${quoted(text(d, "nameFrom")!)} to ${quoted(text(d, "nameTo")!)}` : null;
  const others = Object.keys(ORGANISATION_SETTING_NAMES).filter((key) => changed.includes(key)).map((key) => ORGANISATION_SETTING_NAMES[key]!);
  const parts = [rename ?? (changed.includes("name") ? "changed the organisation's name" : null), others.length ? `changed ${joinAnd(others)}` : null].filter(
    (part): part is string => Boolean(part),
  );
  const sentence = parts.length ? `${parts.join("; ")}.` : "saved the organisation's settings unchanged.";
  return { sentence: `${sentence[0]!.toUpperCase()}${sentence.slice(1)}`, link: ORGANISATION_LINK };
}

/** "admin.role_changed" → "Admin role changed": the fallback for actions this module doesn't know yet. */
export function humanise(action: string): string {
  const words = action.replace(/[._-]+/g, " ").trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : "Unknown activity";
}

function describeUnknown(action: string, d: Detail): Described {
  const about = text(d, "name") ?? text(d, "email") ?? text(d, "username");
  const link = importLink(d) ?? userLink(text(d, "learnerId")) ?? groupLink(text(d, "groupId"));
  return { sentence: `${humanise(action)}${about ? `: ${about}` : ""}.`, link };
}

function describeAction(action: string, d: Detail): Described {
  switch (action) {
    case "login.succeeded":
      return { sentence: "Signed in." };
    case "login.failed":
      return { sentence: `Failed sign-in as ${quoted(text(d, "username") ?? "unknown")}: wrong username or password.` };
    case "login.throttled":
      return { sentence: `Sign-in as ${quoted(text(d, "username") ?? "unknown")} refused: too many attempts.` };
    case "password.changed":
      return { sentence: "Changed their password." };
    case "password.reset":
      return { sentence: "Reset their password with an emailed link." };
    case "password.reset_requested":
      return { sentence: "Asked for a password reset link." };
    case "username.reminder_requested":
      return { sentence: "Asked for a username reminder." };
    case "account.updated": {
      const parts = [d.nameChanged && "name", d.emailChanged && "email address"].filter((part): part is string => Boolean(part));
      return { sentence: parts.length ? `Changed their ${joinAnd(parts)}.` : "Saved their account details unchanged." };
    }
    case "import.queued":
      return { sentence: `Started an import of ${int(d, "rows") === 1 ? "1 row" : `${count.format(int(d, "rows"))} rows`}.`, link: importLink(d) };
    case "import.completed": {
      const parts = [`${count.format(int(d, "created"))} created`, `${count.format(int(d, "updated"))} updated`];
      if (int(d, "failed") > 0) parts.push(`${count.format(int(d, "failed"))} failed`);
      return { sentence: `An import finished: ${joinAnd(parts)}.`, link: importLink(d) };
    }
    case "import.failed":
      // The reason is already a sentence (or several) that says what to do next.
      return { sentence: text(d, "reason") ? `An import failed. ${text(d, "reason")!.trim().replace(/([^.!?])$/, "$1.")}` : "An import failed.", link: importLink(d) };
    case "import.retried":
      return { sentence: "Retried a failed import.", link: importLink(d) };
    case "import.undone":
      return { sentence: describeUndo(d), link: importLink(d) };
    case "import.data_purged":
      return { sentence: describePurge(d) };
    case "learners.archived":
      return describeArchive(d, true);
    case "learners.unarchived":
      return describeArchive(d, false);
    case "learners.erased":
      // Never who: the entry is all that is left of them.
      return { sentence: `Erased ${people(int(d, "count"))} and their personal data.` };
    case "fields.changed":
      return { sentence: describeField(d), link: FIELDS_LINK };
    case "api_token.created": {
      const scopes = list(d, "scopes").filter((scope): scope is string => typeof scope === "string");
      return { sentence: `Created the API token ${quoted(text(d, "name") ?? "unnamed")}${scopes.length ? ` (${scopes.join(", ")})` : ""}.`, link: TOKENS_LINK };
    }
    case "api_token.revoked":
      return { sentence: `Revoked the API token ${quoted(text(d, "name") ?? "unnamed")}.`, link: TOKENS_LINK };
    case "groups.changed":
      return describeGroup(d);
    case "groups.members_changed":
      return describeMembers(d);
    case "organisation.settings_changed":
      return describeOrganisationSettings(d);
    default:
      if (action.startsWith("scim.")) return describeScim(action, d);
      return action.startsWith("admin.") ? describeTeam(action, d) : describeUnknown(action, d);
  }
}

/**
 * Who is behind an entry. Directory-sync writes come through a token but read
 * as the directory; sign-in attempts that failed are nobody's until proven
 * otherwise; an entry with neither admin nor token and the source CLI came from the command line.
 */
export function describeActor(entry: ActivityEntry): ActivityActor {
  const d = asDetail(entry.detail);
  const token = text(d, "token");
  // An owner changing the directory-sync settings is that owner, not the directory.
  if (entry.action.startsWith("scim.") && !entry.adminId) return { kind: "directory", label: "Directory sync" };
  if (entry.apiTokenId || token) return { kind: "token", label: `API token ${quoted(token ?? "removed")}` };
  if (entry.action === "login.failed" || entry.action === "login.throttled") {
    return { kind: "anonymous", label: entry.ip ? `Someone at ${entry.ip}` : "Someone" };
  }
  if (entry.adminId) return { kind: "admin", label: entry.adminName ?? "A removed admin" };
  // CLI imports, and an organisation's first owner invited by `org create`.
  if (text(d, "source") === "CLI") return { kind: "command_line", label: "Command line" };
  return { kind: "system", label: "Rollcall" };
}

/** One audit entry as a readable line of the activity log: who, what, and where to look. */
export function describeActivity(entry: ActivityEntry): ActivityDescription {
  const described = describeAction(entry.action, asDetail(entry.detail));
  return { kind: kindOf(entry.action), actor: describeActor(entry), sentence: described.sentence, link: described.link ?? null };
}
