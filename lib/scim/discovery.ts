import type { FieldDef } from "@/lib/imports/types";
import { ENTERPRISE_ATTRIBUTES } from "./attributes";
import type { ScimFieldMapping } from "./field-mapping";
import { CORE_GROUP, CORE_USER, ENTERPRISE_USER, LIST_RESPONSE, RESOURCE_TYPE, ROLLCALL_USER, SCHEMA, SERVICE_PROVIDER_CONFIG } from "./urns";

export const MAX_RESULTS = 200;
export const DEFAULT_COUNT = 100;

/** What this service provider supports (RFC 7643 §5). Bulk, sort, ETags and password changes: not. */
export function serviceProviderConfig(baseUrl: string) {
  return {
    schemas: [SERVICE_PROVIDER_CONFIG],
    documentationUri: `${baseUrl.replace(/\/scim\/v2$/, "")}/settings/api-reference`,
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: MAX_RESULTS },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      { type: "oauthbearertoken", name: "Bearer token", description: "A Rollcall API token with the scim scope, from Settings → Directory sync.", primary: true },
    ],
    meta: { resourceType: "ServiceProviderConfig", location: `${baseUrl}/ServiceProviderConfig` },
  };
}

/** Users (with the enterprise and Rollcall extensions) and Groups (the organisation's learner groups). */
export function resourceTypes(baseUrl: string) {
  const user = {
    schemas: [RESOURCE_TYPE],
    id: "User",
    name: "User",
    endpoint: "/Users",
    description: "A Rollcall learner linked to the identity provider.",
    schema: CORE_USER,
    schemaExtensions: [
      { schema: ENTERPRISE_USER, required: false },
      { schema: ROLLCALL_USER, required: false },
    ],
    meta: { resourceType: "ResourceType", location: `${baseUrl}/ResourceTypes/User` },
  };
  const group = {
    schemas: [RESOURCE_TYPE],
    id: "Group",
    name: "Group",
    endpoint: "/Groups",
    description: "A learner group of the organisation; its members are users provisioned over /Users.",
    schema: CORE_GROUP,
    schemaExtensions: [],
    meta: { resourceType: "ResourceType", location: `${baseUrl}/ResourceTypes/Group` },
  };
  return listResponse([user, group]);
}

const attr = (name: string, description: string, extra: Record<string, unknown> = {}) => ({
  name,
  type: "string",
  multiValued: false,
  description,
  required: false,
  caseExact: false,
  mutability: "readWrite",
  returned: "default",
  uniqueness: "none",
  ...extra,
});

const FIELD_TYPES: Record<FieldDef["type"], string> = { TEXT: "string", NUMBER: "string", DATE: "string", SELECT: "string" };

/** The three User schemas: core (the attributes Rollcall keeps), enterprise (the attributes mapped to profile fields), and the organisation's own profile fields; and the Group schema. */
export function schemas(baseUrl: string, mapping: ScimFieldMapping, fields: FieldDef[]) {
  const core = {
    schemas: [SCHEMA],
    id: CORE_USER,
    name: "User",
    description: "A learner. Email is the learner's identity in Rollcall; userName links them to the directory.",
    attributes: [
      attr("userName", "The directory's unique sign-in name.", { required: true, uniqueness: "server" }),
      attr("externalId", "The directory's id for the user.", { caseExact: true }),
      {
        ...attr("name", "The user's name.", { type: "complex" }),
        subAttributes: [attr("givenName", "First name."), attr("familyName", "Last name."), attr("formatted", "Full name.", { mutability: "readOnly" })],
      },
      attr("displayName", "Full name; split into first and last name when name is not sent."),
      {
        ...attr("emails", "The learner's email: the primary or work one. Rollcall keeps one.", { type: "complex", multiValued: true }),
        subAttributes: [attr("value", "Email address."), attr("type", "Always work."), attr("primary", "Always true.", { type: "boolean" })],
      },
      attr("active", "false archives the learner; true restores them.", { type: "boolean" }),
    ],
    meta: { resourceType: "Schema", location: `${baseUrl}/Schemas/${CORE_USER}` },
  };
  const mapped = (key: string | null) => (key ? "Fills the profile field " + JSON.stringify(fields.find((f) => f.key === key)?.label ?? key) + "." : "Fills no profile field (Settings → Directory sync chooses one); values are ignored.");
  const enterprise = {
    schemas: [SCHEMA],
    id: ENTERPRISE_USER,
    name: "EnterpriseUser",
    description: "Enterprise User extension (RFC 7643 §4.3).",
    attributes: ENTERPRISE_ATTRIBUTES.map((name) => attr(name, mapped(mapping[name]))),
    meta: { resourceType: "Schema", location: `${baseUrl}/Schemas/${ENTERPRISE_USER}` },
  };
  const rollcall = {
    schemas: [SCHEMA],
    id: ROLLCALL_USER,
    name: "RollcallUser",
    description: "The organisation's custom profile fields, by key; values follow the field's type (number, date YYYY-MM-DD, one of the options).",
    attributes: mapping.extension.map((field) =>
      attr(field.key, `${field.label} (${field.type.toLowerCase()}${field.options.length ? `: ${field.options.join(", ")}` : ""}).`, { type: FIELD_TYPES[field.type] }),
    ),
    meta: { resourceType: "Schema", location: `${baseUrl}/Schemas/${ROLLCALL_USER}` },
  };
  const group = {
    schemas: [SCHEMA],
    id: CORE_GROUP,
    name: "Group",
    description: "A learner group. Names are unique in the organisation, ignoring case and spacing.",
    attributes: [
      attr("displayName", "The group's name; at most 100 characters, without “;”.", { required: true, uniqueness: "server" }),
      attr("externalId", "The directory's id for the group.", { caseExact: true }),
      {
        ...attr("members", "The users in the group, by the ids /Users answers. Learners added in Rollcall who aren't provisioned over /Users are not listed, and stay.", { type: "complex", multiValued: true }),
        subAttributes: [
          attr("value", "The user's id.", { mutability: "immutable", caseExact: true }),
          attr("display", "The user's name.", { mutability: "readOnly" }),
          attr("type", "Always User: groups don't hold groups.", { mutability: "immutable", canonicalValues: ["User"] }),
          { ...attr("$ref", "The user's address.", { type: "reference", mutability: "immutable" }), referenceTypes: ["User"] },
        ],
      },
    ],
    meta: { resourceType: "Schema", location: `${baseUrl}/Schemas/${CORE_GROUP}` },
  };
  return listResponse([core, enterprise, rollcall, group]);
}

export function listResponse<T>(resources: T[], page: { total?: number; startIndex?: number } = {}) {
  return { schemas: [LIST_RESPONSE], totalResults: page.total ?? resources.length, startIndex: page.startIndex ?? 1, itemsPerPage: resources.length, Resources: resources };
}
