import { z } from "zod";
import type { FieldDef } from "@/lib/imports/types";
import { ENTERPRISE_ATTRIBUTES, type EnterpriseAttribute } from "./attributes";

/** Which profile field each SCIM attribute beyond the core ones fills. */
export type ScimFieldMapping = Record<EnterpriseAttribute, string | null> & {
  /** Rollcall's extension schema: one attribute per other enabled custom field, named by its key (each field has exactly one SCIM attribute). */
  extension: FieldDef[];
};

/**
 * What an organisation stored in Settings → Directory sync: per enterprise
 * attribute, a custom field's key, or null for "fills nothing". An attribute
 * left out takes the default by label, so fields added later still map.
 */
export const storedFieldMappingSchema = z
  .object(Object.fromEntries(ENTERPRISE_ATTRIBUTES.map((name) => [name, z.string().min(1).max(64).nullable().optional()])) as Record<EnterpriseAttribute, z.ZodOptional<z.ZodNullable<z.ZodString>>>)
  .strict();
export type StoredFieldMapping = z.infer<typeof storedFieldMappingSchema>;

/** How each attribute reads on the settings page, with what Entra ID and Okta fill it from by default. */
export const ENTERPRISE_ATTRIBUTE_INFO: Record<EnterpriseAttribute, { label: string; source: string }> = {
  department: { label: "Department", source: "Entra: department · Okta: department" },
  employeeNumber: { label: "Employee number", source: "Entra: employeeId (add the mapping) · Okta: employeeNumber" },
  costCenter: { label: "Cost center", source: "Okta: costCenter" },
  organization: { label: "Organization", source: "Entra: companyName (add the mapping) · Okta: organization" },
  division: { label: "Division", source: "Okta: division" },
};

const squash = (label: string) => label.toLowerCase().replace(/[^a-z0-9]/g, "");
/** In order of preference, so "Department" wins over a field merely called "Team". */
const DEFAULT_LABELS: Record<EnterpriseAttribute, string[]> = {
  department: ["department", "dept", "team"],
  employeeNumber: ["employeenumber", "employeeid", "employeeno", "staffnumber", "staffid", "payrollnumber"],
  costCenter: ["costcentre", "costcenter", "costcode"],
  organization: ["organisation", "organization", "company", "companyname"],
  division: ["division"],
};

function firstMatching(fields: FieldDef[], labels: string[], taken: Set<string>): string | null {
  for (const wanted of labels) {
    const field = fields.find((f) => squash(f.label) === wanted && !taken.has(f.key));
    if (field) return field.key;
  }
  return null;
}

const withExtension = (custom: FieldDef[], attributes: Record<EnterpriseAttribute, string | null>): ScimFieldMapping => {
  const mapped = new Set(Object.values(attributes).filter((key): key is string => key !== null));
  return { ...attributes, extension: custom.filter((f) => !mapped.has(f.key)) };
};

/**
 * The default mapping, by the custom fields' labels: "Department" (or
 * "Dept", "Team") takes the enterprise department, "Employee ID" (or
 * "Employee Number", "Staff ID", …) the employeeNumber, "Cost Centre" the
 * costCenter, "Company" the organization, "Division" the division.
 */
export function defaultFieldMapping(fields: FieldDef[]): ScimFieldMapping {
  return resolveFieldMapping(fields, null);
}

/**
 * The organisation's mapping: what it stored, over the defaults for the
 * attributes it didn't choose. A stored key whose field was since deleted or
 * disabled fills nothing (the admin chose that field, not its lookalike), and
 * a field is never given to two attributes.
 */
export function resolveFieldMapping(fields: FieldDef[], stored: unknown): ScimFieldMapping {
  const custom = fields.filter((f) => !f.builtIn);
  const parsed = storedFieldMappingSchema.safeParse(stored ?? {});
  const chosen: StoredFieldMapping = parsed.success ? parsed.data : {};
  const taken = new Set<string>();
  const attributes = {} as Record<EnterpriseAttribute, string | null>;
  for (const name of ENTERPRISE_ATTRIBUTES) {
    const key = chosen[name];
    if (key === undefined) continue;
    attributes[name] = key !== null && custom.some((f) => f.key === key) && !taken.has(key) ? key : null;
    if (attributes[name]) taken.add(attributes[name]);
  }
  for (const name of ENTERPRISE_ATTRIBUTES) {
    if (name in attributes) continue;
    attributes[name] = firstMatching(custom, DEFAULT_LABELS[name], taken);
    if (attributes[name]) taken.add(attributes[name]);
  }
  return withExtension(custom, attributes);
}
