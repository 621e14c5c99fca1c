import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { groupNameKey } from "@/lib/imports/groups-cell";
import type { MemberChanges } from "@/lib/scim/group-patch";
import type { ScimGroupRow } from "@/lib/scim/group-resource";
import { scimError } from "@/lib/scim/scim-error";
import { audit, type AuditToken } from "@/lib/server/audit";
import { cleanDefinition, groupDefinitionProblem, isUniqueViolation } from "@/lib/server/groups/group-rules";

export interface ScimGroupWrite {
  organisationId: string;
  token: AuditToken;
  /** The group being changed, or null for POST /Groups (then displayName is set). */
  target: ScimGroupRow | null;
  displayName?: string;
  externalId?: string | null;
  members?: MemberChanges;
}

const SELECT = { id: true, name: true, scimExternalId: true, createdAt: true, updatedAt: true } as const;
const SHOWN_IDS = 10;

function clash(name: string, other: { id: string; name: string }) {
  return scimError(409, `A group called "${other.name}" already exists (id ${other.id}); names are unique ignoring case and spacing. Look it up with filter=displayName eq "${name}".`, "uniqueness");
}

/** The ids among `ids` that are no directory-linked learner of the organisation: one query however many there are. */
async function unknownMembers(db: Pick<PrismaClient, "$queryRaw">, organisationId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const found = await db.$queryRaw<{ id: string }[]>`
    SELECT l."id" FROM "Learner" l WHERE l."organisationId" = ${organisationId} AND l."scimUserNameKey" IS NOT NULL AND l."id" = ANY(${ids}::text[])`;
  const known = new Set(found.map((row) => row.id));
  return ids.filter((id) => !known.has(id));
}

/** Records each membership a statement added or removed in the learners' history, in the same statement. */
const logged = (changed: string, groupId: string, groupName: string, added: boolean, actor: string) => Prisma.sql`
  logged AS (
    INSERT INTO "GroupMembershipChange" ("learnerId", "groupId", "groupName", "added", "source", "actor", "createdAt")
    SELECT c."learnerId", ${groupId}, ${groupName}, ${added}, 'SCIM'::"ImportSource", ${actor}, now() FROM ${Prisma.raw(changed)} c
  )`;

/**
 * Writes what a SCIM request asks of a group: its name (the groups page's
 * rules: unique ignoring case and spacing, no ";"), externalId, and
 * members, in one transaction of a few set-based statements however many
 * members change, each membership change also written to the learner's
 * history (source Directory sync, under the token's name) by the same
 * statement. Members are directory-linked learners, by the ids /Users
 * answered; an unknown id refuses the whole request, naming it. Audited
 * with the token.
 */
export async function writeScimGroup(db: PrismaClient, input: ScimGroupWrite): Promise<ScimGroupRow> {
  const { organisationId, target, members } = input;
  const name = input.displayName === undefined ? undefined : cleanDefinition({ name: input.displayName }).name;
  if (name !== undefined) {
    const problem = groupDefinitionProblem(name, "");
    if (problem && !problem.ok) throw scimError(400, `displayName: ${problem.error}`, "invalidValue");
    const other = await db.group.findFirst({ where: { organisationId, nameKey: groupNameKey(name), ...(target ? { id: { not: target.id } } : {}) }, select: { id: true, name: true } });
    if (other) throw clash(name, other);
  }
  const unknown = await unknownMembers(db, organisationId, members?.add ?? []);
  if (unknown.length) {
    const shown = unknown.slice(0, SHOWN_IDS).map((id) => JSON.stringify(id)).join(", ");
    const more = unknown.length > SHOWN_IDS ? ` and ${unknown.length - SHOWN_IDS} more` : "";
    throw scimError(400, `members: no user provisioned to Rollcall has the id ${shown}${more}. Provision them with POST /Users first, and send the ids it answers.`, "invalidValue");
  }

  let written: { group: ScimGroupRow; added: string[]; removed: string[] };
  try {
    written = await db.$transaction(async (tx) => {
      const data = {
        ...(name !== undefined ? { name, nameKey: groupNameKey(name) } : {}),
        ...(input.externalId !== undefined ? { scimExternalId: input.externalId } : {}),
      };
      let group = target
        ? Object.keys(data).length
          ? await tx.group.update({ where: { id: target.id }, data, select: SELECT })
          : target
        : await tx.group.create({ data: { organisationId, name: name!, nameKey: groupNameKey(name!), scimExternalId: input.externalId ?? null }, select: SELECT });
      if (!members) return { group, added: [], removed: [] };
      const actor = input.token.name;
      // A replace removes the directory's members it doesn't list; learners the directory can't see stay.
      const removed = members.replace
        ? await tx.$queryRaw<{ learnerId: string }[]>`
            WITH gone AS (
              DELETE FROM "GroupMember" gm USING "Learner" l
              WHERE gm."groupId" = ${group.id} AND l."id" = gm."learnerId" AND l."scimUserNameKey" IS NOT NULL AND NOT (gm."learnerId" = ANY(${members.add}::text[]))
              RETURNING gm."learnerId"),
            ${logged("gone", group.id, group.name, false, actor)}
            SELECT "learnerId" FROM gone`
        : members.remove.length
          ? await tx.$queryRaw<{ learnerId: string }[]>`
              WITH gone AS (
                DELETE FROM "GroupMember" gm WHERE gm."groupId" = ${group.id} AND gm."learnerId" = ANY(${members.remove}::text[])
                RETURNING gm."learnerId"),
              ${logged("gone", group.id, group.name, false, actor)}
              SELECT "learnerId" FROM gone`
          : [];
      const added = members.add.length
        ? await tx.$queryRaw<{ learnerId: string }[]>`
            WITH joined AS (
              INSERT INTO "GroupMember" ("groupId", "learnerId", "createdAt")
              SELECT ${group.id}, l."id", now() FROM "Learner" l
              WHERE l."organisationId" = ${organisationId} AND l."scimUserNameKey" IS NOT NULL AND l."id" = ANY(${members.add}::text[])
              ON CONFLICT DO NOTHING
              RETURNING "learnerId"),
            ${logged("joined", group.id, group.name, true, actor)}
            SELECT "learnerId" FROM joined`
        : [];
      // A membership change is a change of the group: meta.lastModified moves.
      if ((added.length || removed.length) && group === target) group = await tx.group.update({ where: { id: group.id }, data: { updatedAt: new Date() }, select: SELECT });
      return { group, added: added.map((row) => row.learnerId), removed: removed.map((row) => row.learnerId) };
    });
  } catch (error) {
    // Another request (or an import) took the name between the check and the write.
    if (isUniqueViolation(error) && name !== undefined) throw scimError(409, `A group called "${name}" was created at the same moment. Look it up with filter=displayName eq "${name}".`, "uniqueness");
    throw error;
  }

  const { group, added, removed } = written;
  const renamed = target && name !== undefined && target.name !== group.name;
  const externalIdChanged = target && input.externalId !== undefined && target.scimExternalId !== group.scimExternalId;
  if (!target || renamed || externalIdChanged || added.length || removed.length) {
    await audit(db, {
      action: target ? "scim.group_updated" : "scim.group_provisioned",
      organisationId,
      token: input.token,
      detail: {
        groupId: group.id,
        displayName: group.name,
        ...(renamed ? { from: target.name } : {}),
        ...(externalIdChanged || !target ? { externalId: group.scimExternalId } : {}),
        ...(added.length ? { added } : {}),
        ...(removed.length ? { removed } : {}),
      },
    });
  }
  return group;
}
