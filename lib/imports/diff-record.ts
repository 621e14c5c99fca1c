import { joinWithAnd } from "./message-format";
import type { ExistingLearner, FieldChange, ImportMode, ImportRecord, ImportSource, RecordDiff } from "./types";

export interface DiffOptions {
  mode: ImportMode;
  source: ImportSource;
}

export const SKIP_REASONS = {
  notExisting: "Not an existing user (mode: update existing only).",
  alreadyExists: "Already exists (mode: add new only).",
} as const;

const NAME_FIELDS = [
  { key: "firstName", label: "First Name" },
  { key: "lastName", label: "Last Name" },
] as const;

function missingNamesReason(record: ImportRecord, source: ImportSource): string | null {
  // Pasted lists are often just email addresses; names can be filled in later.
  if (source === "textbox") return null;
  const missing = NAME_FIELDS.filter(({ key }) => !record.values[key]).map(({ label }) => label);
  if (missing.length === 0) return null;
  return `Row ${record.rowNumber}: ${record.email} is a new learner, so ${joinWithAnd(missing)} must be filled in.`;
}

function creationChanges(record: ImportRecord): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const { key } of NAME_FIELDS) {
    const value = record.values[key];
    if (value) changes.push({ field: key, from: null, to: value });
  }
  // New learners are active unless the file says otherwise.
  changes.push({ field: "active", from: null, to: record.values.active ?? true });
  for (const [key, value] of Object.entries(record.custom)) {
    if (value !== "") changes.push({ field: key, from: null, to: value });
  }
  return changes;
}

function updateChanges(record: ImportRecord, existing: ExistingLearner): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const { key } of NAME_FIELDS) {
    const value = record.values[key];
    if (value !== undefined && value !== existing[key]) changes.push({ field: key, from: existing[key], to: value });
  }
  const { active } = record.values;
  if (active !== undefined && active !== existing.active) changes.push({ field: "active", from: existing.active, to: active });
  for (const [key, value] of Object.entries(record.custom)) {
    const current = existing.customFields[key];
    // A missing custom value and an empty one mean the same thing to the admin.
    if (value !== (current ?? "")) changes.push({ field: key, from: current ?? null, to: value });
  }
  return changes;
}

/** Decides what importing one record will do to the learner with that email (or null if none). */
export function diffRecord(record: ImportRecord, existing: ExistingLearner | null, opts: DiffOptions): RecordDiff {
  if (record.errors.length > 0) {
    return { action: "error", changes: [], reason: record.errors.map((error) => error.message).join(" ") };
  }
  if (existing === null) {
    if (opts.mode === "update") return { action: "skip", changes: [], reason: SKIP_REASONS.notExisting };
    const missingNames = missingNamesReason(record, opts.source);
    if (missingNames) return { action: "error", changes: [], reason: missingNames };
    return { action: "create", changes: creationChanges(record) };
  }
  if (opts.mode === "create") return { action: "skip", changes: [], reason: SKIP_REASONS.alreadyExists };
  const changes = updateChanges(record, existing);
  return changes.length > 0 ? { action: "update", changes } : { action: "unchanged", changes: [] };
}
