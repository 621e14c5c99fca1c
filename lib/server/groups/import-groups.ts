import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { GroupDiffOptions } from "@/lib/imports/diff-record";
import { groupNameKey, sortGroupNames } from "@/lib/imports/groups-cell";
import type { ImportRecord, RecordDiff } from "@/lib/imports/types";
import type { ImportOptions } from "@/lib/server/imports/import-options";
import { findGroupsByKey } from "./find-groups-by-key";

/** Whether any record has a Groups cell that changes something: only then do imports read memberships. */
export function recordsTouchGroups(records: ImportRecord[]): boolean {
  return records.some((record) => record.groups !== undefined);
}

/**
 * What the diff needs to know about groups for these records: the
 * organisation's groups they name, and the admin's two choices. Undefined
 * when no record has a Groups cell. A file planned in batches passes the same
 * `newSpellings` to each, so a new group keeps the file's first spelling.
 */
export async function groupDiffOptions(
  db: Pick<PrismaClient, "group">,
  organisationId: string,
  records: ImportRecord[],
  options: Pick<ImportOptions, "groupsMode" | "newGroups">,
  newSpellings = new Map<string, string>(),
): Promise<GroupDiffOptions | undefined> {
  if (!recordsTouchGroups(records)) return undefined;
  const keys = records.flatMap((record) => (record.errors.length ? [] : (record.groups ?? []).map(groupNameKey)));
  const found = await findGroupsByKey(db, organisationId, keys);
  // A new group is spelled as the file first spells it, on every row that names it.
  for (const record of records) {
    if (record.errors.length) continue;
    for (const name of record.groups ?? []) {
      const key = groupNameKey(name);
      if (!found.has(key) && !newSpellings.has(key)) newSpellings.set(key, name);
    }
  }
  return {
    known: new Map([...found].map(([key, group]) => [key, group.name])),
    addOnly: options.groupsMode === "add",
    createMissing: options.newGroups === "create",
    newSpellings,
  };
}

/** The groups these rows would create (first spelling in the file wins), sorted, with how many rows name one. */
export function collectNewGroups(diffs: Pick<RecordDiff, "action" | "newGroups">[]): { names: string[]; rows: number } {
  const names = new Map<string, string>();
  let rows = 0;
  for (const diff of diffs) {
    if (!diff.newGroups?.length || diff.action === "skip" || diff.action === "unchanged") continue;
    rows += 1;
    for (const name of diff.newGroups) if (!names.has(groupNameKey(name))) names.set(groupNameKey(name), name);
  }
  return { names: sortGroupNames([...names.values()]), rows };
}
