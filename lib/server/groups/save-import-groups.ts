import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { groupNameKey } from "@/lib/imports/groups-cell";
import type { RecordDiff } from "@/lib/imports/types";
import { findGroupsByKey, type GroupRef } from "./find-groups-by-key";
import { collectNewGroups } from "./import-groups";

/**
 * Creates the groups that this chunk's rows name and that don't exist yet
 * (only for rows that will be saved), in one statement, and returns every
 * named group by name key. A group another chunk or admin created
 * meanwhile is kept, not duplicated.
 */
export async function saveImportGroups(
  tx: Prisma.TransactionClient,
  input: { organisationId: string; importId: string; diffs: RecordDiff[] },
): Promise<Map<string, GroupRef>> {
  const saved = input.diffs.filter((diff) => diff.action === "create" || diff.action === "update");
  const { names } = collectNewGroups(saved);
  if (names.length) {
    await tx.$executeRaw`
      INSERT INTO "Group" ("id", "organisationId", "name", "nameKey", "createdByImportId", "createdAt", "updatedAt")
      SELECT n.id, ${input.organisationId}, n.name, n.key, ${input.importId}, now(), now()
      FROM unnest(${names.map(() => randomUUID())}::text[], ${names}::text[], ${names.map(groupNameKey)}::text[]) AS n(id, name, key)
      ON CONFLICT ("organisationId", "nameKey") DO NOTHING`;
  }
  const keys = saved.flatMap((diff) => (diff.groups ?? []).map(groupNameKey));
  return findGroupsByKey(tx, input.organisationId, keys);
}

interface Membership {
  groupId: string;
  learnerId: string;
}

export interface MembershipChanges {
  add: Membership[];
  /** Memberships of learners this chunk creates: nobody else can have added them, so no conflict check. */
  addNew: Membership[];
  remove: Membership[];
}

/**
 * Adds to `changes` the memberships that take a learner from its current
 * groups to `next` (names), and returns the sorted group ids before and
 * after, which the row keeps for undo, and the groups' names after.
 */
export function membershipChanges(
  learnerId: string,
  current: { groupIds?: string[] } | null,
  next: string[],
  groupsByKey: ReadonlyMap<string, GroupRef>,
  changes: MembershipChanges,
): { before: string[]; after: string[]; names: string[] } {
  const before = [...(current?.groupIds ?? [])].sort();
  const groups = next.map((name) => groupsByKey.get(groupNameKey(name))).filter((group): group is GroupRef => group !== undefined);
  const after = [...new Set(groups.map((group) => group.id))].sort();
  const keep = new Set(after);
  const had = new Set(before);
  for (const groupId of before) if (!keep.has(groupId)) changes.remove.push({ groupId, learnerId });
  const added = current ? changes.add : changes.addNew;
  for (const groupId of after) if (!had.has(groupId)) added.push({ groupId, learnerId });
  return { before, after, names: [...new Set(groups.map((group) => group.name))] };
}

const inKeyOrder = (a: Membership, b: Membership) => (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : a.learnerId < b.learnerId ? -1 : a.learnerId > b.learnerId ? 1 : 0);

/**
 * Writes a chunk's membership changes: one DELETE and up to two INSERTs.
 * Rows go in primary-key order, so a group's new members (time-ordered
 * learner ids) are appended to the end of its key range instead of touching
 * a page of the index per membership.
 */
export async function writeMemberships(tx: Prisma.TransactionClient, changes: MembershipChanges) {
  // One JSON document per statement: two arrays of thousands of ids cost more to encode than to write.
  const asRecordset = (rows: Membership[]) => JSON.stringify(rows.map((m) => ({ g: m.groupId, l: m.learnerId })));
  if (changes.remove.length) {
    await tx.$executeRaw`
      DELETE FROM "GroupMember" gm USING jsonb_to_recordset(${asRecordset(changes.remove)}::jsonb) AS m(g text, l text)
      WHERE gm."groupId" = m.g AND gm."learnerId" = m.l`;
  }
  if (changes.addNew.length) {
    await tx.$executeRaw`
      INSERT INTO "GroupMember" ("groupId", "learnerId", "createdAt")
      SELECT m.g, m.l, now() FROM jsonb_to_recordset(${asRecordset([...changes.addNew].sort(inKeyOrder))}::jsonb) AS m(g text, l text)`;
  }
  if (changes.add.length) {
    await tx.$executeRaw`
      INSERT INTO "GroupMember" ("groupId", "learnerId", "createdAt")
      SELECT m.g, m.l, now() FROM jsonb_to_recordset(${asRecordset([...changes.add].sort(inKeyOrder))}::jsonb) AS m(g text, l text)
      ON CONFLICT DO NOTHING`;
  }
}
