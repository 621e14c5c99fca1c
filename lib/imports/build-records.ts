import { restoreCell } from "./csv-injection";
import { emailRefusalHint, isValidEmail, normaliseEmail } from "./email";
import {
  ACTIVE_VALUES_SENTENCE,
  isUnchangedKeyword,
  normaliseDate,
  normaliseNumber,
  normaliseSelect,
  parseActive,
} from "./field-values";
import { FirstRowIndex } from "./first-row-index";
import { parseGroupsCell } from "./groups-cell";
import { formatCount, joinWithAnd, quoteValue } from "./message-format";
import type { FieldDef, ImportRecord, ImportSource, Mapping, ParsedFile, ParsedRow, RecordError } from "./types";

export interface BuildRecordsOptions {
  source: ImportSource;
  /** When true a blank cell clears the learner's value (Active is never cleared). */
  blankClears: boolean;
}

/** Longer text is almost always a broken file (an open quote swallowing rows), not a real name. */
export const MAX_TEXT_LENGTH = 1000;
const MAX_OPTIONS_LISTED = 10;

const DEFAULT_LABELS: Record<string, string> = {
  email: "Email",
  firstName: "First Name",
  lastName: "Last Name",
  active: "Active",
};

type NameKey = "firstName" | "lastName";

interface MappedColumns {
  email?: number;
  active?: { column: number; label: string };
  names: { column: number; key: NameKey; label: string }[];
  custom: { column: number; field: FieldDef }[];
  groups?: number;
}

/** Resolves the mapping against the fields; the leftmost column wins if a field is mapped twice. */
function resolveColumns(mapping: Mapping, fields: FieldDef[]): MappedColumns {
  const resolved: MappedColumns = { names: [], custom: [] };
  const used = new Set<string>();
  const columns = Object.keys(mapping)
    .map(Number)
    .filter((column) => Number.isInteger(column) && column >= 0)
    .sort((a, b) => a - b);
  for (const column of columns) {
    const key = mapping[column] ?? "";
    if (key === "" || used.has(key)) continue;
    const field = fields.find((f) => f.key === key);
    const label = field?.label || DEFAULT_LABELS[key] || key;
    if (key === "email") resolved.email = column;
    else if (key === "firstName" || key === "lastName") resolved.names.push({ column, key, label });
    else if (key === "active") resolved.active = { column, label };
    else if (key === "groups") resolved.groups = column;
    else if (field && !field.builtIn) resolved.custom.push({ column, field });
    else continue;
    used.add(key);
  }
  return resolved;
}

type Checked = { value: string } | { error: string };

function checkCustomValue(field: FieldDef, value: string, where: string): Checked {
  const shown = quoteValue(value);
  switch (field.type) {
    case "NUMBER": {
      const number = normaliseNumber(value);
      return number !== null
        ? { value: number }
        : { error: `${where}: ${shown} is not a number for ${field.label}. Use digits with an optional decimal point, for example 42 or 3.5.` };
    }
    case "DATE": {
      const date = normaliseDate(value);
      return date !== null
        ? { value: date }
        : { error: `${where}: ${shown} is not a valid date for ${field.label}. Use YYYY-MM-DD (for example 2024-01-31) or DD/MM/YYYY.` };
    }
    case "SELECT": {
      const option = normaliseSelect(value, field.options);
      if (option !== null) return { value: option };
      if (field.options.length === 0) {
        return { error: `${where}: ${field.label} has no options to choose from yet. Add the options to the field first, or leave the cell blank.` };
      }
      const listed = field.options.slice(0, MAX_OPTIONS_LISTED);
      const more = field.options.length - listed.length;
      const choices = more > 0 ? `${listed.join(", ")} (or one of ${formatCount(more)} more)` : joinWithAnd(listed);
      return { error: `${where}: ${shown} is not an option for ${field.label}. Use one of: ${choices}.` };
    }
    default:
      return { value };
  }
}

function tooLongError(label: string, value: string, where: string): string | null {
  return value.length > MAX_TEXT_LENGTH
    ? `${where}: the ${label} is ${formatCount(value.length)} characters long. Shorten it to ${formatCount(MAX_TEXT_LENGTH)} characters or fewer.`
    : null;
}

interface BuildContext {
  columns: MappedColumns;
  blankClears: boolean;
  /** Textbox input is numbered by line, CSV input by spreadsheet row. */
  place: "Row" | "Line";
  /** Not a Map: it holds one email per row of files up to a million rows (see FirstRowIndex). */
  firstRowByEmail: FirstRowIndex;
}

/** Cells were trimmed by the parser, but restoring an export's leading apostrophe can expose whitespace. */
function readCell(cells: string[], column: number): string {
  return restoreCell(cells[column] ?? "").trim();
}

function checkEmail(record: ImportRecord, where: string, context: BuildContext): string | null {
  const { email, emailKey, rowNumber } = record;
  const place = context.place.toLowerCase();
  if (email === "") return `${where}: the email address is missing. Add it, or delete the ${place}.`;
  if (!isValidEmail(email)) {
    const hint = emailRefusalHint(email);
    return `${where}: ${quoteValue(email)} is not an email address${hint ? `: ${hint}` : ""}.`;
  }
  const firstRow = context.firstRowByEmail.get(emailKey);
  if (firstRow !== undefined) return `${where}: ${email} already appears on ${place} ${firstRow}.`;
  context.firstRowByEmail.set(emailKey, rowNumber);
  return null;
}

function buildRecord({ rowNumber, cells }: ParsedRow, context: BuildContext): ImportRecord {
  const { columns, blankClears } = context;
  const where = `${context.place} ${rowNumber}`;
  const email = columns.email === undefined ? "" : readCell(cells, columns.email);
  const errors: RecordError[] = [];
  const record: ImportRecord = { rowNumber, email, emailKey: normaliseEmail(email), values: {}, custom: {}, errors };

  const emailError = checkEmail(record, where, context);
  if (emailError) errors.push({ field: "email", message: emailError });

  for (const { column, key, label } of columns.names) {
    const value = readCell(cells, column);
    if (isUnchangedKeyword(value)) continue;
    if (value === "") {
      if (blankClears) record.values[key] = "";
      continue;
    }
    const tooLong = tooLongError(label, value, where);
    if (tooLong) errors.push({ field: key, message: tooLong });
    else record.values[key] = value;
  }

  if (columns.active) {
    const value = readCell(cells, columns.active.column);
    // Blank Active is never "cleared": a learner is always either active or archived.
    if (value !== "" && !isUnchangedKeyword(value)) {
      const active = parseActive(value);
      if (active !== null) record.values.active = active;
      else {
        errors.push({
          field: "active",
          message: `${where}: ${quoteValue(value)} is not a valid value for ${columns.active.label}. ${ACTIVE_VALUES_SENTENCE}`,
        });
      }
    }
  }

  for (const { column, field } of columns.custom) {
    const value = readCell(cells, column);
    if (isUnchangedKeyword(value)) continue;
    if (value === "") {
      if (blankClears) record.custom[field.key] = "";
      continue;
    }
    const checked = checkCustomValue(field, value, where);
    const error = "error" in checked ? checked.error : tooLongError(field.label, checked.value, where);
    if (error) errors.push({ field: field.key, message: error });
    else if ("value" in checked) record.custom[field.key] = checked.value;
  }

  if (columns.groups !== undefined) {
    const value = readCell(cells, columns.groups);
    if (value === "") {
      if (blankClears) record.groups = [];
    } else if (!isUnchangedKeyword(value)) {
      const parsed = parseGroupsCell(value, where);
      if ("error" in parsed) errors.push({ field: "groups", message: parsed.error });
      else record.groups = parsed.names;
    }
  }

  return record;
}

function newContext(mapping: Mapping, fields: FieldDef[], opts: BuildRecordsOptions): BuildContext {
  return {
    columns: resolveColumns(mapping, fields),
    blankClears: opts.blankClears,
    place: opts.source === "textbox" ? "Line" : "Row",
    firstRowByEmail: new FirstRowIndex(),
  };
}

/**
 * Builds records one row at a time for a file read in batches: each call knows the emails of
 * every row before it, so a duplicate is found however far apart the two rows are.
 */
export function createRecordBuilder(mapping: Mapping, fields: FieldDef[], opts: BuildRecordsOptions): (row: ParsedRow) => ImportRecord {
  const context = newContext(mapping, fields, opts);
  return (row) => buildRecord(row, context);
}

/**
 * Turns parsed rows into import records: validates every mapped cell and
 * applies the blank-cell rule (blank or "unchanged" leaves the value as is).
 */
export function buildRecords(
  file: Pick<ParsedFile, "rows" | "headers">,
  mapping: Mapping,
  fields: FieldDef[],
  opts: BuildRecordsOptions,
): { records: ImportRecord[] } {
  return { records: file.rows.map(createRecordBuilder(mapping, fields, opts)) };
}

export const ROWS_PER_TURN = 2_000;

/**
 * buildRecords for a server: the same records, but it lets the event loop
 * run other requests every ROWS_PER_TURN rows. A whole 100,000-row file takes
 * over a second of CPU, and every other admin's page would wait for it. Pass
 * the `build` of earlier batches to find duplicates across them.
 */
export async function buildRecordsTakingTurns(
  file: Pick<ParsedFile, "rows" | "headers">,
  mapping: Mapping,
  fields: FieldDef[],
  opts: BuildRecordsOptions,
  build = createRecordBuilder(mapping, fields, opts),
): Promise<{ records: ImportRecord[] }> {
  const records: ImportRecord[] = [];
  for (const [index, row] of file.rows.entries()) {
    if (index > 0 && index % ROWS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
    records.push(build(row));
  }
  return { records };
}
