import { groupNameKey, joinGroupNames, unknownGroupsSentence } from "./groups-cell";
import { joinWithAnd } from "./message-format";
import type { ExistingLearner, FieldChange, ImportMode, ImportRecord, ImportSource, RecordDiff } from "./types";

export interface GroupDiffOptions {
  /** The organisation's groups that the rows name: name key -> the group's own spelling. */
  known: ReadonlyMap<string, string>;
  /** "Only add to these groups": a filled cell adds groups and removes none. */
  addOnly: boolean;
  /** Names matching no group create one; otherwise such a row is an error. */
  createMissing: boolean;
  /** For names matching no group: the spelling the new group will have (its first in the file). */
  newSpellings?: ReadonlyMap<string, string>;
}

export interface DiffOptions {
  mode: ImportMode;
  source: ImportSource;
  /** Needed when records carry groups; without it every name counts as new. */
  groups?: GroupDiffOptions;
}

const NO_GROUPS: GroupDiffOptions = { known: new Map(), addOnly: false, createMissing: true };

interface GroupPlan {
  next: string[];
  unknown: string[];
}

/** The learner's groups after this row: the cell's groups (spelled as the groups are), or the current ones plus them. */
function planGroups(names: string[], current: string[], opts: GroupDiffOptions): GroupPlan {
  const unknown: string[] = [];
  const listed = names.map((name) => {
    const key = groupNameKey(name);
    const known = opts.known.get(key);
    if (known !== undefined) return known;
    const spelled = opts.newSpellings?.get(key) ?? name;
    unknown.push(spelled);
    return spelled;
  });
  if (!opts.addOnly) return { next: listed, unknown };
  const keys = new Set(current.map(groupNameKey));
  return { next: [...current, ...listed.filter((name) => !keys.has(groupNameKey(name)))], unknown };
}

function sameGroups(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const keys = new Set(a.map(groupNameKey));
  return b.every((name) => keys.has(groupNameKey(name)));
}

function unknownGroupsReason(record: ImportRecord, unknown: string[]): string {
  return `Row ${record.rowNumber}: ${unknownGroupsSentence(unknown)}. Correct the name, add the group on the Groups page, or let the import create new groups.`;
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
    const groups = record.groups && planGroups(record.groups, [], opts.groups ?? NO_GROUPS);
    if (groups?.unknown.length && !(opts.groups ?? NO_GROUPS).createMissing) {
      return { action: "error", changes: [], reason: unknownGroupsReason(record, groups.unknown), newGroups: groups.unknown };
    }
    const changes = creationChanges(record);
    if (groups?.next.length) changes.push({ field: "groups", from: null, to: joinGroupNames(groups.next) });
    return {
      action: "create",
      changes,
      ...(groups ? { groups: groups.next, ...(groups.unknown.length ? { newGroups: groups.unknown } : {}) } : {}),
    };
  }
  if (opts.mode === "create") return { action: "skip", changes: [], reason: SKIP_REASONS.alreadyExists };
  const changes = updateChanges(record, existing);
  const groups = record.groups && planGroups(record.groups, existing.groups ?? [], opts.groups ?? NO_GROUPS);
  if (groups?.unknown.length && !(opts.groups ?? NO_GROUPS).createMissing) {
    return { action: "error", changes: [], reason: unknownGroupsReason(record, groups.unknown), newGroups: groups.unknown };
  }
  const current = existing.groups ?? [];
  if (groups && !sameGroups(current, groups.next)) changes.push({ field: "groups", from: joinGroupNames(current), to: joinGroupNames(groups.next) });
  return {
    action: changes.length > 0 ? "update" : "unchanged",
    changes,
    ...(groups ? { groups: groups.next, ...(groups.unknown.length ? { newGroups: groups.unknown } : {}) } : {}),
  };
}
