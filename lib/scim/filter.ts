import { type Filter, parse } from "scim2-parse-filter";
import { Prisma } from "@/generated/prisma/client";
import { type EnterpriseAttribute, resolveAttribute } from "./attributes";
import type { ScimFieldMapping } from "./field-mapping";
import { ScimError, scimError } from "./scim-error";
import { CORE_USER, ENTERPRISE_USER } from "./urns";

type Kind = "text" | "exact" | "boolean" | "date";
/** A filterable attribute: its SQL expression over the resource's row, or a value every resource has. */
export type Column =
  | { kind: Kind; sql: Prisma.Sql; key?: Prisma.Sql; keyOf?: (value: string) => string }
  | { kind: Kind; constant: string | boolean };

/** What one resource type's filters can name. */
export interface FilterColumns {
  /** The column an attribute path names; throws invalidFilter for names it doesn't know. */
  column: (path: string) => Column;
  /** The attributes, listed for the invalidFilter sentence. */
  filterable: string;
  /**
   * Multi-valued attributes held in another table (a group's members), by
   * lower-cased name: `members[value eq "x"]` and `members.value eq "x"`
   * become `exists(condition on one value)`.
   */
  multiValued?: Record<string, { exists: (condition: Prisma.Sql) => Prisma.Sql; columns: FilterColumns }>;
}

const USER_FILTERABLE = "userName, externalId, id, emails.value, emails.type, name.givenName, name.familyName, displayName, active, meta.created, meta.lastModified, the enterprise department, employeeNumber, costCenter, organization and division, and Rollcall's profile field keys";
const invalidIn = (columns: Pick<FilterColumns, "filterable">, detail: string) =>
  scimError(400, `${detail} Filters look like ${columns.filterable.startsWith("userName") ? 'userName eq "ana@example.com"' : 'displayName eq "Fire wardens"'}; Rollcall filters on ${columns.filterable}.`, "invalidFilter");
const invalid = (detail: string) => invalidIn({ filterable: USER_FILTERABLE }, detail);

const customField = (key: string | null): Column => (key ? { kind: "text", sql: Prisma.sql`(l."customFields"->>${key})` } : { kind: "text", sql: Prisma.sql`NULL::text` });

function columnFor(path: string, mapping: ScimFieldMapping): Column {
  const attribute = resolveAttribute(path, mapping.extension.map((f) => f.key));
  if (!attribute) throw invalid(`The filter names "${path}", which isn't an attribute of a Rollcall user.`);
  if (attribute.schema === ENTERPRISE_USER) return customField(mapping[attribute.name as EnterpriseAttribute]);
  if (attribute.schema !== CORE_USER) return customField(attribute.name);
  const full = attribute.sub ? `${attribute.name}.${attribute.sub}` : attribute.name;
  switch (full) {
    case "id":
      return { kind: "exact", sql: Prisma.sql`l."id"` };
    case "externalId":
      return { kind: "exact", sql: Prisma.sql`l."scimExternalId"` };
    case "userName":
      return { kind: "text", sql: Prisma.sql`l."scimUserName"`, key: Prisma.sql`l."scimUserNameKey"` };
    case "emails":
    case "emails.value":
      return { kind: "text", sql: Prisma.sql`l."email"`, key: Prisma.sql`l."emailKey"` };
    case "emails.type":
      return { kind: "text", constant: "work" };
    case "emails.primary":
      return { kind: "boolean", constant: true };
    case "name.givenName":
      return { kind: "text", sql: Prisma.sql`l."firstName"` };
    case "name.familyName":
      return { kind: "text", sql: Prisma.sql`l."lastName"` };
    case "name.formatted":
    case "displayName":
      return { kind: "text", sql: Prisma.sql`concat_ws(' ', nullif(l."firstName", ''), nullif(l."lastName", ''))` };
    case "active":
      return { kind: "boolean", sql: Prisma.sql`l."active"` };
    case "meta.created":
      return { kind: "date", sql: Prisma.sql`l."createdAt"` };
    case "meta.lastModified":
      return { kind: "date", sql: Prisma.sql`l."updatedAt"` };
    case "meta.resourceType":
      return { kind: "text", constant: "User" };
    default:
      throw invalid(`Rollcall can't filter on "${path}".`);
  }
}

const likeEscape = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);
const ORDER = { gt: Prisma.sql`>`, ge: Prisma.sql`>=`, lt: Prisma.sql`<`, le: Prisma.sql`<=` } as const;

function constantTest(column: { kind: Kind; constant: string | boolean }, op: string, value: unknown, invalid: (detail: string) => ScimError): Prisma.Sql {
  const have = typeof column.constant === "string" ? column.constant.toLowerCase() : column.constant;
  const want = typeof value === "string" ? value.toLowerCase() : value;
  const text = String(want);
  const tests: Record<string, (have: string) => boolean> = {
    co: (h) => h.includes(text),
    sw: (h) => h.startsWith(text),
    ew: (h) => h.endsWith(text),
    gt: (h) => h > text,
    ge: (h) => h >= text,
    lt: (h) => h < text,
    le: (h) => h <= text,
  };
  const result = op === "pr" ? true : op === "eq" ? have === want : op === "ne" ? have !== want : typeof have === "string" ? tests[op]!(have) : null;
  if (result === null) throw invalid(`"${op}" doesn't apply to a true/false attribute.`);
  return result ? Prisma.sql`TRUE` : Prisma.sql`FALSE`;
}

function compare(path: string, op: string, value: unknown, columns: FilterColumns): Prisma.Sql {
  const invalid = (detail: string) => invalidIn(columns, detail);
  const column = columns.column(path);
  if ("constant" in column) return constantTest(column, op, value, invalid);
  const { sql } = column;
  if (op === "pr") return column.kind === "text" || column.kind === "exact" ? Prisma.sql`(${sql} IS NOT NULL AND ${sql} <> '')` : Prisma.sql`(${sql} IS NOT NULL)`;
  if (value === null) {
    if (op === "eq") return Prisma.sql`(${sql} IS NULL)`;
    if (op === "ne") return Prisma.sql`(${sql} IS NOT NULL)`;
    throw invalid(`"${path} ${op} null" compares with null; only eq and ne can.`);
  }
  if (column.kind === "boolean") {
    if (typeof value !== "boolean") throw invalid(`${path} is true or false; compare it with true or false (no quotes), not ${JSON.stringify(value)}.`);
    if (op === "eq") return Prisma.sql`(${sql} = ${value})`;
    if (op === "ne") return Prisma.sql`(${sql} <> ${value})`;
    throw invalid(`"${op}" doesn't apply to ${path}, which is true or false: use eq or ne.`);
  }
  if (column.kind === "date") {
    const date = typeof value === "string" ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw invalid(`${path} is a date: compare it with a quoted date and time like "2026-12-01T09:00:00Z", not ${JSON.stringify(value)}.`);
    if (op === "eq") return Prisma.sql`(${sql} = ${date})`;
    if (op === "ne") return Prisma.sql`(${sql} <> ${date})`;
    if (op in ORDER) return Prisma.sql`(${sql} ${ORDER[op as keyof typeof ORDER]} ${date})`;
    throw invalid(`"${op}" doesn't apply to ${path}, a date: use eq, ne, gt, ge, lt or le.`);
  }
  if (typeof value !== "string" && typeof value !== "number") throw invalid(`${path} is text: compare it with a quoted string, not ${JSON.stringify(value)}.`);
  const text = String(value);
  const exact = column.kind === "exact";
  // userName and emails have a lower-cased key column with an index: "userName eq" is one index probe.
  if (op === "eq" && column.key) return Prisma.sql`(${column.key} = ${column.keyOf ? column.keyOf(text) : text.trim().toLowerCase()})`;
  const left = exact ? sql : Prisma.sql`lower(${sql})`;
  const right = exact ? text : text.toLowerCase();
  switch (op) {
    case "eq":
      return Prisma.sql`(${left} = ${right})`;
    case "ne":
      return Prisma.sql`(${left} IS DISTINCT FROM ${right})`;
    case "co":
      return Prisma.sql`(${left} LIKE ${`%${likeEscape(right)}%`})`;
    case "sw":
      return Prisma.sql`(${left} LIKE ${`${likeEscape(right)}%`})`;
    case "ew":
      return Prisma.sql`(${left} LIKE ${`%${likeEscape(right)}`})`;
    default:
      return Prisma.sql`(${left} ${ORDER[op as keyof typeof ORDER]} ${right})`;
  }
}

function translate(filter: Filter, columns: FilterColumns, prefix: string): Prisma.Sql {
  switch (filter.op) {
    case "and":
    case "or":
      return Prisma.sql`(${Prisma.join(filter.filters.map((f) => translate(f, columns, prefix)), filter.op === "and" ? " AND " : " OR ")})`;
    case "not":
      return Prisma.sql`(NOT COALESCE(${translate(filter.filter, columns, prefix)}, FALSE))`;
    case "[]": {
      const table = columns.multiValued?.[filter.attrPath.toLowerCase()];
      if (table) return table.exists(translate(filter.valFilter, table.columns, ""));
      // A learner has one email, so emails[type eq "work"] holds when that one email matches the inner filter.
      return translate(filter.valFilter, columns, `${prefix}${filter.attrPath}.`);
    }
    default: {
      const [top, ...rest] = filter.attrPath.split(".");
      const table = prefix === "" ? columns.multiValued?.[top!.toLowerCase()] : undefined;
      // members.value eq "x" is members[value eq "x"]; members alone means its value.
      if (table) return table.exists(translate({ ...filter, attrPath: rest.join(".") || "value" } as Filter, table.columns, ""));
      return compare(`${prefix}${filter.attrPath}`, filter.op, "compValue" in filter ? filter.compValue : undefined, columns);
    }
  }
}

/** Parses a filter and translates it with one resource type's columns; every way it can be wrong is a 400 invalidFilter. */
export function translateFilter(filter: string, columns: FilterColumns): Prisma.Sql {
  let ast: Filter;
  try {
    ast = parse(filter);
  } catch (error) {
    throw invalidIn(columns, `The filter ${JSON.stringify(filter)} can't be read (${error instanceof Error ? error.message : "syntax error"}).`);
  }
  // No COALESCE around the whole: WHERE already drops NULL, and "userName eq" must stay an index probe.
  return translate(ast, columns, "");
}

/**
 * A SCIM filter (RFC 7644 §3.4.2.2) as a SQL condition on the learner row
 * `l`, so the database does the matching over the organisation's learners.
 * Parsing is scim2-parse-filter's; every way a filter can be wrong is a 400
 * invalidFilter that says what to change.
 */
export function filterToSql(filter: string, mapping: ScimFieldMapping): Prisma.Sql {
  return translateFilter(filter, { column: (path) => columnFor(path, mapping), filterable: USER_FILTERABLE });
}
