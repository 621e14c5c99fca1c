/** Reading the published document's JSON Schemas back as text, for the reference page. */

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  required?: string[];
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
}

export interface PropertyRow {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

export const refName = (ref: string) => ref.slice(ref.lastIndexOf("/") + 1);

/** "string (date-time) or null", "array of User", "one of: a, b". */
export function describeType(schema: JsonSchema): string {
  if (schema.$ref) return refName(schema.$ref);
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return `one of: ${schema.enum.map((value) => JSON.stringify(value)).join(", ")}`;
  if (schema.anyOf) return schema.anyOf.map(describeType).join(" or ");
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  return (
    types
      .map((type) => {
        if (type === "array") return `array of ${schema.items ? describeType(schema.items) : "values"}`;
        if (type === "object" && !schema.properties && typeof schema.additionalProperties === "object") return `object of ${describeType(schema.additionalProperties)}`;
        return schema.format ? `${type} (${schema.format})` : type;
      })
      .join(" or ") || "any"
  );
}

/** Limits and defaults worth a reader's attention, as a phrase. */
export function describeLimits(schema: JsonSchema): string {
  const parts: string[] = [];
  if (schema.minimum !== undefined && schema.maximum !== undefined) parts.push(`${schema.minimum}–${schema.maximum}`);
  if (schema.maxLength !== undefined) parts.push(`at most ${schema.maxLength} characters`);
  if (schema.maxItems !== undefined) parts.push(`${schema.minItems ?? 0}–${schema.maxItems.toLocaleString("en-GB")} items`);
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  return parts.join("; ");
}

/** An object schema's properties, one row each; nested objects are flattened as parent.child. */
export function propertyRows(schema: JsonSchema, prefix = ""): PropertyRow[] {
  const rows: PropertyRow[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const limits = describeLimits(property);
    rows.push({
      name: prefix + name,
      type: describeType(property),
      required: schema.required?.includes(name) ?? false,
      description: [property.description, limits && `(${limits})`].filter(Boolean).join(" "),
    });
    if (property.properties) rows.push(...propertyRows(property, `${prefix}${name}.`));
    if (property.items?.properties) rows.push(...propertyRows(property.items, `${prefix}${name}[].`));
  }
  return rows;
}
