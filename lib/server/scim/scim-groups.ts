import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { groupFilterToSql } from "@/lib/scim/group-filter";
import { GROUP_PATHS, type ScimGroupRow, type ScimMemberRow, toScimGroup, wantsMembers } from "@/lib/scim/group-resource";
import { type Projection, projectWith } from "@/lib/scim/project";

const GROUP_COLUMNS = Prisma.raw(`g."id", g."name", g."scimExternalId", g."createdAt", g."updatedAt"`);

/**
 * One page of the organisation's groups matching a SCIM filter, and how many
 * match: two queries, the filter translated to SQL. Every learner group is a
 * SCIM Group, whoever created it, since identity providers match existing
 * groups by displayName before creating one.
 */
export async function listScimGroups(
  db: Pick<PrismaClient, "$queryRaw">,
  organisationId: string,
  query: { filter: string | null; startIndex: number; count: number },
): Promise<{ total: number; groups: ScimGroupRow[] }> {
  const condition = query.filter ? groupFilterToSql(query.filter) : Prisma.sql`TRUE`;
  const where = Prisma.sql`g."organisationId" = ${organisationId} AND ${condition}`;
  const [{ total }] = await db.$queryRaw<[{ total: number }]>`SELECT count(*)::int AS total FROM "Group" g WHERE ${where}`;
  if (query.count === 0 || total < query.startIndex) return { total, groups: [] };
  const groups = await db.$queryRaw<ScimGroupRow[]>`
    SELECT ${GROUP_COLUMNS} FROM "Group" g WHERE ${where}
    ORDER BY g."createdAt", g."id" LIMIT ${query.count} OFFSET ${query.startIndex - 1}`;
  return { total, groups };
}

/** One group of this organisation, or null: another organisation's id looks like a missing one. */
export function getScimGroup(db: Pick<PrismaClient, "group">, organisationId: string, id: string): Promise<ScimGroupRow | null> {
  return db.group.findFirst({ where: { id, organisationId }, select: { id: true, name: true, scimExternalId: true, createdAt: true, updatedAt: true } });
}

/**
 * The directory's members of these groups, in one query. Learners that
 * aren't linked to the directory (added from a CSV, or deprovisioned) are
 * not SCIM Users, so the Group doesn't list them, and the directory can't
 * remove them by replacing its members.
 */
export async function findScimMembers(db: Pick<PrismaClient, "$queryRaw">, groupIds: string[]): Promise<Map<string, ScimMemberRow[]>> {
  const found = new Map<string, ScimMemberRow[]>(groupIds.map((id) => [id, []]));
  if (groupIds.length === 0) return found;
  const rows = await db.$queryRaw<(ScimMemberRow & { groupId: string })[]>`
    SELECT gm."groupId", l."id", l."firstName", l."lastName", l."scimUserName"
    FROM "GroupMember" gm JOIN "Learner" l ON l."id" = gm."learnerId"
    WHERE gm."groupId" = ANY(${groupIds}::text[]) AND l."scimUserNameKey" IS NOT NULL
    ORDER BY gm."createdAt", l."id"`;
  for (const { groupId, ...member } of rows) found.get(groupId)!.push(member);
  return found;
}

/** The groups as the request shapes them (attributes/excludedAttributes), their members read only when shown. */
export async function scimGroupResources(db: Pick<PrismaClient, "$queryRaw">, groups: ScimGroupRow[], projection: Projection, baseUrl: string) {
  const members = wantsMembers(projection) ? await findScimMembers(db, groups.map((group) => group.id)) : null;
  return groups.map((group) => projectWith(toScimGroup(group, members?.get(group.id) ?? null, baseUrl), projection, GROUP_PATHS));
}
