import { GROUP_SEPARATOR } from "./groups-cell";
import type { FieldDef, Mapping, ParsedFile } from "./types";

export interface JsonUser {
  email: string;
  firstName?: string;
  lastName?: string;
  active?: boolean;
  fields?: Record<string, string | number | boolean | null>;
  groups?: string[];
}

export type JsonUsersFile = { ok: true; file: ParsedFile; mapping: Mapping } | { ok: false; errors: { field: string; message: string }[] };

const BUILT_IN_ORDER = ["email", "firstName", "lastName", "active"] as const;
const MAX_LISTED_PROBLEMS = 20;

function cell(value: string | number | boolean | null | undefined): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "boolean") return value ? "1" : "0";
  return String(value);
}

/**
 * A JSON list of users as the file the template would have made: one column
 * per field (built-in ones, then the custom fields the list uses), already
 * mapped. The rows then go through the same validation, diff and import as
 * an uploaded CSV, so a JSON import can't behave differently. A missing key
 * becomes a blank cell, which leaves the user's value as it is.
 */
export function jsonUsersToFile(users: JsonUser[], fields: FieldDef[]): JsonUsersFile {
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const customKeys = new Set<string>();
  const errors: { field: string; message: string }[] = [];
  const known = fields.filter((f) => !f.builtIn).map((f) => f.key);
  users.forEach((user, index) => {
    for (const key of Object.keys(user.fields ?? {})) {
      const field = byKey.get(key);
      if (field && !field.builtIn) customKeys.add(key);
      else if (errors.length < MAX_LISTED_PROBLEMS)
        errors.push({
          field: `users.${index}.fields.${key}`,
          message: field
            ? `“${key}” is a built-in field: send it as users[${index}].${key}, not inside fields.`
            : `“${key}” is not one of your profile fields. ${known.length ? `Profile field keys are: ${known.join(", ")}.` : "Your organisation has no custom profile fields."}`,
        });
    }
  });
  if (errors.length) return { ok: false, errors };

  const withGroups = byKey.has("groups") && users.some((user) => user.groups !== undefined);
  const columns = [...BUILT_IN_ORDER.filter((key) => byKey.has(key)), ...(withGroups ? ["groups"] : []), ...fields.filter((f) => customKeys.has(f.key)).map((f) => f.key)];
  const mapping: Mapping = Object.fromEntries(columns.map((key, index) => [index, key]));
  const rows = users.map((user, index) => ({
    rowNumber: index + 2,
    cells: columns.map((key) => {
      if (key === "groups") return user.groups?.join(`${GROUP_SEPARATOR} `) ?? "";
      return byKey.get(key)!.builtIn ? cell(user[key as (typeof BUILT_IN_ORDER)[number]]) : cell(user.fields?.[key]);
    }),
  }));
  return {
    ok: true,
    mapping,
    file: { encoding: "utf-8", delimiter: ",", headers: columns.map((key) => byKey.get(key)!.label), rows, fileErrors: [], rowIssues: [] },
  };
}
