// Group names as the spreadsheet holds them: several in one cell, separated by ";".
import { formatCount, joinWithAnd } from "./message-format";

export const GROUP_SEPARATOR = ";";
export const MAX_GROUP_NAME_LENGTH = 100;
/** More names than this in one cell is a pasted paragraph, not a user's groups. */
export const MAX_GROUPS_PER_CELL = 100;

/** The form names are stored in: trimmed, inner runs of spaces made one. */
export function cleanGroupName(name: string): string {
  return name.trim().replace(/\s+/g, " ");
}

/** Names are unique in an organisation ignoring case and spacing: "fire  WARDENS " is "Fire wardens". */
export function groupNameKey(name: string): string {
  return cleanGroupName(name).toLowerCase();
}

// One collator for every comparison: localeCompare with options builds a new one per call,
// which made sorting each row's few groups the costliest part of applying them.
const collator = new Intl.Collator("en", { sensitivity: "base" });

/** Names in the order a person reads a list, ignoring case. */
export function sortGroupNames(names: string[]): string[] {
  return [...names].sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** How a list of groups is written into a cell (the export) and shown as a change. */
export function joinGroupNames(names: string[]): string {
  return sortGroupNames(names).join(`${GROUP_SEPARATOR} `);
}

export type GroupsCell = { names: string[] } | { error: string };

/**
 * Reads a filled Groups cell: names separated by ";", blanks between
 * separators ignored, and a name listed twice (in any case) kept once,
 * spelled as it first appears.
 */
export function parseGroupsCell(value: string, where: string): GroupsCell {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const part of value.split(GROUP_SEPARATOR)) {
    const name = cleanGroupName(part);
    if (!name) continue;
    if (name.length > MAX_GROUP_NAME_LENGTH) {
      return {
        error: `${where}: the group name '${name.slice(0, 40)}…' is ${formatCount(name.length)} characters long. Shorten it to ${MAX_GROUP_NAME_LENGTH} characters or fewer, and separate group names with “;”.`,
      };
    }
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  if (names.length > MAX_GROUPS_PER_CELL) {
    return { error: `${where}: the Groups cell lists ${formatCount(names.length)} groups. List at most ${MAX_GROUPS_PER_CELL}, separated by “;”.` };
  }
  return { names };
}

/** "“Fire wardens” is not a group yet" / "“A” and “B” are not groups yet". */
export function unknownGroupsSentence(names: string[]): string {
  const quoted = joinWithAnd(names.map((name) => `“${name}”`));
  return names.length === 1 ? `${quoted} is not a group yet` : `${quoted} are not groups yet`;
}
