import { CORE_USER, ENTERPRISE_USER, ROLLCALL_USER } from "./urns";

/** Core User attributes we read or write, with the sub-attributes they have (RFC 7643 §4.1). */
export const CORE_ATTRIBUTES: Record<string, readonly string[]> = {
  id: [],
  externalId: [],
  userName: [],
  name: ["formatted", "familyName", "givenName", "middleName", "honorificPrefix", "honorificSuffix"],
  displayName: [],
  emails: ["value", "type", "primary", "display"],
  active: [],
  meta: ["resourceType", "created", "lastModified", "location", "version"],
};
/** The enterprise extension's single-valued string attributes (RFC 7643 §4.3) that a profile field can take; manager is a reference, not a value. */
export const ENTERPRISE_ATTRIBUTES = ["department", "employeeNumber", "costCenter", "organization", "division"] as const;
export type EnterpriseAttribute = (typeof ENTERPRISE_ATTRIBUTES)[number];

const byLower = (names: readonly string[]) => new Map(names.map((name) => [name.toLowerCase(), name]));
const CORE_BY_LOWER = byLower(Object.keys(CORE_ATTRIBUTES));
const SUB_BY_LOWER = new Map(Object.entries(CORE_ATTRIBUTES).map(([name, subs]) => [name, byLower(subs)]));
const SCHEMA_BY_LOWER = byLower([CORE_USER, ENTERPRISE_USER, ROLLCALL_USER]);

/** An attribute path resolved against our schemas, names in their canonical spelling. */
export type ResolvedAttribute =
  | { schema: typeof CORE_USER; name: string; sub: string | null }
  | { schema: typeof ENTERPRISE_USER | typeof ROLLCALL_USER; name: string; sub: null };

/** Splits "urn:…:User:department" into the schema and the rest; attribute names never contain ':'. */
export function splitSchema(path: string): { schema: string | null; rest: string } {
  const at = path.lastIndexOf(":");
  if (at < 0) return { schema: null, rest: path };
  const schema = SCHEMA_BY_LOWER.get(path.slice(0, at).toLowerCase());
  return schema ? { schema, rest: path.slice(at + 1) } : { schema: path.slice(0, at), rest: path.slice(at + 1) };
}

/**
 * Resolves "UserName", "name.GIVENNAME", "emails.value",
 * "urn:…:enterprise:2.0:User:Department" or a Rollcall extension field key,
 * ignoring case as RFC 7644 §3.10 asks. Null when no attribute has this name.
 */
export function resolveAttribute(path: string, extensionKeys: readonly string[]): ResolvedAttribute | null {
  const { schema, rest } = splitSchema(path);
  if (schema === ENTERPRISE_USER) {
    const name = byLower(ENTERPRISE_ATTRIBUTES).get(rest.toLowerCase());
    return name ? { schema, name, sub: null } : null;
  }
  if (schema === ROLLCALL_USER) {
    const name = byLower(extensionKeys).get(rest.toLowerCase());
    return name ? { schema, name, sub: null } : null;
  }
  if (schema !== null && schema !== CORE_USER) return null;
  const [top, sub, ...more] = rest.split(".");
  const name = CORE_BY_LOWER.get((top ?? "").toLowerCase());
  if (!name || more.length) return null;
  if (sub === undefined) return { schema: CORE_USER, name, sub: null };
  const subName = SUB_BY_LOWER.get(name)!.get(sub.toLowerCase());
  return subName ? { schema: CORE_USER, name, sub: subName } : null;
}

/** The canonical spelling of a path, for libraries that compare names exactly; unknown names are kept as sent. */
export function canonicalPath(path: string, extensionKeys: readonly string[]): string {
  const resolved = resolveAttribute(path, extensionKeys);
  if (!resolved) return path;
  if (resolved.schema !== CORE_USER) return `${resolved.schema}:${resolved.name}`;
  return resolved.sub ? `${resolved.name}.${resolved.sub}` : resolved.name;
}
