import { groupNameKey, sortGroupNames } from "./groups-cell";

export interface GroupChange {
  added: string[];
  removed: string[];
}

function namesIn(values: unknown): string[] | null {
  const names = (values as { groupNames?: unknown } | null)?.groupNames;
  return Array.isArray(names) ? names.filter((name): name is string => typeof name === "string") : null;
}

/**
 * The groups an applied import row added and removed, from the names the
 * row kept before and after (as they were called then). Null when the row
 * didn't touch groups or changed none.
 */
export function groupChange(previous: unknown, applied: unknown): GroupChange | null {
  const after = namesIn(applied);
  if (after === null) return null;
  const before = namesIn(previous) ?? [];
  const had = new Set(before.map(groupNameKey));
  const has = new Set(after.map(groupNameKey));
  const added = sortGroupNames(after.filter((name) => !had.has(groupNameKey(name))));
  const removed = sortGroupNames(before.filter((name) => !has.has(groupNameKey(name))));
  return added.length || removed.length ? { added, removed } : null;
}
