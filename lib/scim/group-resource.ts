import type { PathResolver, Projection } from "./project";
import { projectionPaths } from "./project";
import { scimError } from "./scim-error";
import { CORE_GROUP } from "./urns";

/** A learner group as the database holds it. */
export interface ScimGroupRow {
  id: string;
  name: string;
  scimExternalId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A member as the Group resource lists it: a directory-linked learner. */
export interface ScimMemberRow {
  id: string;
  firstName: string;
  lastName: string;
  scimUserName: string | null;
}

export type ScimGroup = Record<string, unknown> & { schemas: string[]; id: string };

/** Group attributes (RFC 7643 §4.2) and their sub-attributes, in canonical spelling. */
export const GROUP_ATTRIBUTES: Record<string, readonly string[]> = {
  id: [],
  externalId: [],
  displayName: [],
  members: ["value", "display", "type", "$ref"],
  meta: ["resourceType", "created", "lastModified", "location", "version"],
};

const byLower = (names: readonly string[]) => new Map(names.map((name) => [name.toLowerCase(), name]));
const TOP_BY_LOWER = byLower(Object.keys(GROUP_ATTRIBUTES));

/** "DisplayName", "members.Value" or "urn:…:core:2.0:Group:displayName" in canonical spelling, or null for a name a Group doesn't have. */
export function resolveGroupAttribute(path: string): { name: string; sub: string | null } | null {
  let rest = path.trim();
  if (rest.toLowerCase().startsWith(`${CORE_GROUP.toLowerCase()}:`)) rest = rest.slice(CORE_GROUP.length + 1);
  const [top, sub, ...more] = rest.split(".");
  const name = TOP_BY_LOWER.get((top ?? "").toLowerCase());
  if (!name || more.length) return null;
  if (sub === undefined) return { name, sub: null };
  const subName = byLower(GROUP_ATTRIBUTES[name]!).get(sub.toLowerCase());
  return subName ? { name, sub: subName } : null;
}

export const GROUP_PATHS: PathResolver = {
  noun: "group",
  resolve: (path) => {
    const resolved = resolveGroupAttribute(path);
    return resolved && { top: resolved.name, sub: resolved.sub };
  },
};

/**
 * Whether an answer shaped by `attributes`/`excludedAttributes` shows the
 * members, so a request that leaves them out (as Entra's
 * `excludedAttributes=members` does) never reads them.
 */
export function wantsMembers(query: Projection): boolean {
  const wanted = projectionPaths(query.attributes, GROUP_PATHS, "attributes");
  if (wanted) return wanted.some((path) => path.top === "members");
  const excluded = projectionPaths(query.excludedAttributes, GROUP_PATHS, "excludedAttributes");
  return !excluded?.some((path) => path.top === "members" && path.sub === null);
}

const memberName = (member: ScimMemberRow) => [member.firstName, member.lastName].filter(Boolean).join(" ") || member.scimUserName || member.id;

/** A learner group as a SCIM Group; `members` null leaves the attribute out (it wasn't asked for, so it wasn't read). */
export function toScimGroup(group: ScimGroupRow, members: ScimMemberRow[] | null, baseUrl: string): ScimGroup {
  return {
    schemas: [CORE_GROUP],
    id: group.id,
    ...(group.scimExternalId ? { externalId: group.scimExternalId } : {}),
    displayName: group.name,
    ...(members ? { members: members.map((m) => ({ value: m.id, display: memberName(m), type: "User", $ref: `${baseUrl}/Users/${m.id}` })) } : {}),
    meta: { resourceType: "Group", created: group.createdAt.toISOString(), lastModified: group.updatedAt.toISOString(), location: `${baseUrl}/Groups/${group.id}` },
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A key of a Group body in canonical spelling, or the key as sent when a Group has no such attribute. */
const canonicalKey = (key: string) => (key.toLowerCase() === "schemas" ? "schemas" : (resolveGroupAttribute(key)?.name ?? key));

function readText(value: unknown, attribute: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  throw scimError(400, `${attribute} must be a string, not ${JSON.stringify(value)}.`, "invalidValue");
}

/**
 * The user ids in a `members` value: a list of `{"value": id}` (or one such
 * object). Rollcall groups hold users only: a member of type Group is refused.
 */
export function readMemberIds(value: unknown, attribute = "members"): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item, index) => {
    const entry = isObject(item) ? Object.fromEntries(Object.entries(item).map(([k, v]) => [k.toLowerCase(), v])) : null;
    const id = entry ? readText(entry.value, `${attribute}[${index}].value`) : null;
    if (!id) throw scimError(400, `${attribute}[${index}] must be an object with the user's id as value, like {"value":"<id from /Users>"}.`, "invalidValue");
    if (typeof entry!.type === "string" && entry!.type.toLowerCase() === "group")
      throw scimError(400, `${attribute}[${index}] is a group: Rollcall groups hold users, not other groups. Send the users' ids.`, "invalidValue");
    return id;
  });
}

/** What a POST or PUT body asks a group to be. */
export interface DesiredGroup {
  displayName: string;
  externalId: string | null;
  /** The directory's members, by user id; absent when the body has no members attribute. */
  members?: string[];
}

/** Reads a Group body, attribute names in any case; displayName is required. */
export function readScimGroup(body: Record<string, unknown>): DesiredGroup {
  const canonical = Object.fromEntries(Object.entries(body).map(([key, value]) => [canonicalKey(key), value]));
  const displayName = readText(canonical.displayName, "displayName");
  if (!displayName) throw scimError(400, "displayName is required: send the group's name, like \"Fire wardens\".", "invalidValue");
  return {
    displayName,
    externalId: readText(canonical.externalId, "externalId") || null,
    ...("members" in canonical ? { members: readMemberIds(canonical.members) } : {}),
  };
}

export { canonicalKey as canonicalGroupKey };
