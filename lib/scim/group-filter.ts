import { Prisma } from "@/generated/prisma/client";
import { groupNameKey } from "@/lib/imports/groups-cell";
import { type Column, type FilterColumns, translateFilter } from "./filter";
import { resolveGroupAttribute } from "./group-resource";
import { scimError } from "./scim-error";

const FILTERABLE = "displayName, externalId, id, meta.created, meta.lastModified and members[value eq \"<user id>\"]";
const invalid = (detail: string) => scimError(400, `${detail} Filters look like displayName eq "Fire wardens"; Rollcall filters on ${FILTERABLE}.`, "invalidFilter");

function groupColumn(path: string): Column {
  const attribute = resolveGroupAttribute(path);
  if (!attribute) throw invalid(`The filter names "${path}", which isn't an attribute of a Rollcall group.`);
  switch (attribute.sub ? `${attribute.name}.${attribute.sub}` : attribute.name) {
    case "id":
      return { kind: "exact", sql: Prisma.sql`g."id"` };
    case "externalId":
      return { kind: "exact", sql: Prisma.sql`g."scimExternalId"` };
    // Names are unique ignoring case and spacing, so "displayName eq" compares name keys: one probe of the unique index.
    case "displayName":
      return { kind: "text", sql: Prisma.sql`g."name"`, key: Prisma.sql`g."nameKey"`, keyOf: groupNameKey };
    case "meta.created":
      return { kind: "date", sql: Prisma.sql`g."createdAt"` };
    case "meta.lastModified":
      return { kind: "date", sql: Prisma.sql`g."updatedAt"` };
    case "meta.resourceType":
      return { kind: "text", constant: "Group" };
    default:
      throw invalid(`Rollcall can't filter on "${path}".`);
  }
}

function memberColumn(path: string): Column {
  switch (path.toLowerCase()) {
    case "value":
      return { kind: "exact", sql: Prisma.sql`m."id"` };
    case "display":
      return { kind: "text", sql: Prisma.sql`concat_ws(' ', nullif(m."firstName", ''), nullif(m."lastName", ''))` };
    case "type":
      return { kind: "text", constant: "User" };
    default:
      throw invalid(`A member has value, display and type; the filter names members.${path}.`);
  }
}

const MEMBERS: FilterColumns = { column: memberColumn, filterable: FILTERABLE };

export const GROUP_COLUMNS: FilterColumns = {
  column: groupColumn,
  filterable: FILTERABLE,
  multiValued: {
    // Only directory-linked learners are members as SCIM sees them.
    members: {
      columns: MEMBERS,
      exists: (condition) => Prisma.sql`EXISTS (SELECT 1 FROM "GroupMember" gm JOIN "Learner" m ON m."id" = gm."learnerId" AND m."scimUserNameKey" IS NOT NULL WHERE gm."groupId" = g."id" AND ${condition})`,
    },
  },
};

/** A SCIM filter on Groups as a SQL condition on the group row `g`. */
export const groupFilterToSql = (filter: string): Prisma.Sql => translateFilter(filter, GROUP_COLUMNS);
