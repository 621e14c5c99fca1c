import { isValidEmail } from "@/lib/imports/email";
import { parseActive } from "@/lib/imports/field-values";
import { CORE_ATTRIBUTES, ENTERPRISE_ATTRIBUTES } from "./attributes";
import type { ScimFieldMapping } from "./field-mapping";
import { scimError } from "./scim-error";
import { CORE_USER, ENTERPRISE_USER, ROLLCALL_USER } from "./urns";

/** A learner linked to the directory, as the database holds it. */
export interface ScimLearner {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  active: boolean;
  customFields: Record<string, string>;
  scimUserName: string | null;
  scimExternalId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export type ScimUser = Record<string, unknown> & { schemas: string[]; id: string };

/** A learner as a SCIM User: one work email (the learner's), the profile fields in the extensions. */
export function toScimUser(learner: ScimLearner, mapping: ScimFieldMapping, baseUrl: string): ScimUser {
  const enterprise: Record<string, string> = {};
  for (const attribute of ENTERPRISE_ATTRIBUTES) {
    const key = mapping[attribute];
    if (key && learner.customFields[key]) enterprise[attribute] = learner.customFields[key];
  }
  const extension = Object.fromEntries(mapping.extension.filter((f) => learner.customFields[f.key]).map((f) => [f.key, learner.customFields[f.key]!]));
  const displayName = [learner.firstName, learner.lastName].filter(Boolean).join(" ");
  return {
    schemas: [CORE_USER, ...(Object.keys(enterprise).length ? [ENTERPRISE_USER] : []), ...(Object.keys(extension).length ? [ROLLCALL_USER] : [])],
    id: learner.id,
    ...(learner.scimExternalId ? { externalId: learner.scimExternalId } : {}),
    userName: learner.scimUserName ?? learner.email,
    name: { givenName: learner.firstName, familyName: learner.lastName, formatted: displayName },
    displayName,
    emails: [{ value: learner.email, type: "work", primary: true }],
    active: learner.active,
    ...(Object.keys(enterprise).length ? { [ENTERPRISE_USER]: enterprise } : {}),
    ...(Object.keys(extension).length ? { [ROLLCALL_USER]: extension } : {}),
    meta: { resourceType: "User", created: learner.createdAt.toISOString(), lastModified: learner.updatedAt.toISOString(), location: `${baseUrl}/Users/${learner.id}` },
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Keys of a known object in their canonical spelling ("Name" → name, "GivenName" → givenName); unknown keys kept as sent. */
function canonicalKeys(value: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const lower = new Map(names.map((name) => [name.toLowerCase(), name]));
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [lower.get(key.toLowerCase()) ?? key, v]));
}

/**
 * A User body with every attribute name in its canonical spelling (names are
 * case-insensitive in SCIM), the extension objects found whatever case
 * their URN arrives in, and the enterprise/extension attributes Entra sends
 * as "urn:…:User:department" top-level keys folded into their objects.
 */
export function canonicaliseUser(body: Record<string, unknown>, mapping: ScimFieldMapping): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const schemasByLower = new Map([CORE_USER, ENTERPRISE_USER, ROLLCALL_USER].map((urn) => [urn.toLowerCase(), urn]));
  const extensionKeys = mapping.extension.map((f) => f.key);
  const into = (urn: string, key: string, value: unknown) => {
    const names: readonly string[] = urn === ENTERPRISE_USER ? ENTERPRISE_ATTRIBUTES : extensionKeys;
    out[urn] = { ...(out[urn] as Record<string, unknown> | undefined), ...canonicalKeys({ [key]: value }, names) };
  };
  for (const [key, value] of Object.entries(canonicalKeys(body, [...Object.keys(CORE_ATTRIBUTES), "schemas"]))) {
    const urn = schemasByLower.get(key.toLowerCase());
    const at = key.lastIndexOf(":");
    const prefix = at > 0 ? schemasByLower.get(key.slice(0, at).toLowerCase()) : undefined;
    if (urn && urn !== CORE_USER && isObject(value)) for (const [k, v] of Object.entries(value)) into(urn, k, v);
    else if (prefix && prefix !== CORE_USER) into(prefix, key.slice(at + 1), value);
    else if (prefix === CORE_USER) out[key.slice(at + 1)] = value;
    else if (key === "name" && isObject(value)) out.name = canonicalKeys(value, CORE_ATTRIBUTES.name!);
    else if (key === "emails" && Array.isArray(value)) out.emails = value.map((e) => (isObject(e) ? canonicalKeys(e, CORE_ATTRIBUTES.emails!) : e));
    else if (key.includes(".")) {
      // A path-less PATCH value may carry "name.givenName": keep it dotted, canonical.
      const [top, sub] = key.split(".", 2) as [string, string];
      const subs = CORE_ATTRIBUTES[top];
      out[subs ? `${top}.${subs.find((s) => s.toLowerCase() === sub.toLowerCase()) ?? sub}` : key] = value;
    } else out[key] = value;
  }
  return out;
}

/** What a SCIM User asks a learner to be. Absent keys leave the learner's value alone. */
export interface DesiredUser {
  userName: string;
  externalId: string | null;
  email: string;
  firstName?: string;
  lastName?: string;
  active?: boolean;
  /** Custom field key → value ("" clears it). */
  custom: Record<string, string>;
}

/** SCIM booleans arrive as true, "true" or (from Entra) "False". */
export function readBoolean(value: unknown, attribute: string): boolean {
  if (typeof value === "boolean") return value;
  const parsed = typeof value === "string" ? parseActive(value) : null;
  if (parsed === null) throw scimError(400, `${attribute} must be true or false, not ${JSON.stringify(value)}.`, "invalidValue");
  return parsed;
}

function readString(value: unknown, attribute: string): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw scimError(400, `${attribute} must be a string, not ${JSON.stringify(value)}.`, "invalidValue");
}

/** The learner's email: the primary email, else the work one, else the only one, else userName when it is an email address. */
function chooseEmail(emails: unknown, userName: string): string {
  const list = Array.isArray(emails) ? emails.filter(isObject) : [];
  const primary = list.find((e) => e.primary !== undefined && readBoolean(e.primary, "emails.primary"));
  const chosen = primary ?? list.find((e) => String(e.type ?? "").toLowerCase() === "work") ?? (list.length === 1 ? list[0] : undefined);
  const value = readString(chosen?.value, "emails.value");
  if (value) return value;
  if (isValidEmail(userName)) return userName;
  throw scimError(400, `User ${userName} has no email address: send a work or primary email in emails, or an email address as userName.`, "invalidValue");
}

/** Reads a canonicalised User body: userName and the attributes Rollcall keeps. */
export function readScimUser(body: Record<string, unknown>, mapping: ScimFieldMapping): DesiredUser {
  const userName = readString(body.userName, "userName");
  if (!userName) throw scimError(400, "userName is required: send the user's sign-in name (Entra: userPrincipalName; Okta: userName).", "invalidValue");
  const name = isObject(body.name) ? body.name : {};
  let firstName = readString(name.givenName, "name.givenName");
  let lastName = readString(name.familyName, "name.familyName");
  if (firstName === undefined && lastName === undefined) {
    const whole = readString(body.displayName, "displayName") ?? readString(name.formatted, "name.formatted");
    if (whole) {
      const [first, ...rest] = whole.split(/\s+/);
      firstName = first;
      lastName = rest.join(" ");
    }
  }
  const custom: Record<string, string> = {};
  const enterprise = isObject(body[ENTERPRISE_USER]) ? (body[ENTERPRISE_USER] as Record<string, unknown>) : {};
  for (const attribute of ENTERPRISE_ATTRIBUTES) {
    const key = mapping[attribute];
    const value = readString(enterprise[attribute], attribute);
    if (key && value !== undefined) custom[key] = value;
  }
  const extension = isObject(body[ROLLCALL_USER]) ? (body[ROLLCALL_USER] as Record<string, unknown>) : {};
  for (const field of mapping.extension) {
    const value = readString(extension[field.key], field.key);
    if (value !== undefined) custom[field.key] = value;
  }
  return {
    userName,
    externalId: readString(body.externalId, "externalId") || null,
    email: chooseEmail(body.emails, userName),
    ...(firstName !== undefined ? { firstName } : {}),
    ...(lastName !== undefined ? { lastName } : {}),
    ...(body.active !== undefined && body.active !== null ? { active: readBoolean(body.active, "active") } : {}),
    custom,
  };
}
