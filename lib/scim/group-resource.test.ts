import { describe, expect, it } from "vitest";
import { groupFilterToSql } from "./group-filter";
import { readScimGroup, resolveGroupAttribute, toScimGroup, wantsMembers } from "./group-resource";

const group = { id: "g1", name: "Fire wardens", scimExternalId: "ext-9", createdAt: new Date("2026-12-01T00:00:00Z"), updatedAt: new Date("2026-12-02T00:00:00Z") };
const sql = (filter: string) => {
  const translated = groupFilterToSql(filter);
  return { text: translated.sql.replace(/\s+/g, " "), values: translated.values };
};

describe("a learner group as a SCIM Group", () => {
  it("lists members with their name, type and address, and meta with the Group location", () => {
    const resource = toScimGroup(group, [{ id: "u1", firstName: "Ana", lastName: "Lopez", scimUserName: "ana@x.co" }], "https://lms.test/scim/v2");
    expect(resource).toEqual({
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"],
      id: "g1",
      externalId: "ext-9",
      displayName: "Fire wardens",
      members: [{ value: "u1", display: "Ana Lopez", type: "User", $ref: "https://lms.test/scim/v2/Users/u1" }],
      meta: { resourceType: "Group", created: "2026-12-01T00:00:00.000Z", lastModified: "2026-12-02T00:00:00.000Z", location: "https://lms.test/scim/v2/Groups/g1" },
    });
    expect(toScimGroup(group, null, "https://lms.test/scim/v2").members).toBeUndefined();
  });

  it("reads bodies with names in any case and needs a displayName", () => {
    expect(readScimGroup({ DISPLAYNAME: " Marshals ", ExternalId: "e1", Members: [{ Value: "u1" }] })).toEqual({ displayName: "Marshals", externalId: "e1", members: ["u1"] });
    expect(readScimGroup({ displayName: "Marshals" })).toEqual({ displayName: "Marshals", externalId: null });
    expect(() => readScimGroup({ members: [] })).toThrow(expect.objectContaining({ scimType: "invalidValue" }));
  });

  it("knows when an answer leaves the members out, so they aren't read", () => {
    expect(wantsMembers({ attributes: null, excludedAttributes: "members" })).toBe(false);
    expect(wantsMembers({ attributes: null, excludedAttributes: "Members,meta" })).toBe(false);
    expect(wantsMembers({ attributes: "displayName", excludedAttributes: null })).toBe(false);
    expect(wantsMembers({ attributes: "members.value", excludedAttributes: null })).toBe(true);
    expect(wantsMembers({ attributes: null, excludedAttributes: null })).toBe(true);
    expect(resolveGroupAttribute("urn:ietf:params:scim:schemas:core:2.0:Group:DisplayName")).toEqual({ name: "displayName", sub: null });
  });
});

describe("filters on Groups", () => {
  it("compares displayName by name key, so eq is one probe of the unique index", () => {
    expect(sql('DisplayName eq "Fire  WARDENS "')).toEqual({ text: '(g."nameKey" = ?)', values: ["fire wardens"] });
    expect(sql('displayName sw "fire"')).toEqual({ text: '(lower(g."name") LIKE ?)', values: ["fire%"] });
  });

  it("keeps externalId case-exact and reads members' value filters as EXISTS", () => {
    expect(sql('externalId eq "AbC"')).toEqual({ text: '(g."scimExternalId" = ?)', values: ["AbC"] });
    expect(sql('members[value eq "u1"]').text).toContain('EXISTS (SELECT 1 FROM "GroupMember" gm');
    expect(sql('members.value eq "u1"')).toEqual(sql('members[value eq "u1"]'));
  });

  it("refuses attributes a group doesn't have", () => {
    for (const bad of ["userName eq \"x\"", "members[display zz 1]", "members.owner eq \"x\""]) expect(() => groupFilterToSql(bad), bad).toThrow(expect.objectContaining({ status: 400, scimType: "invalidFilter" }));
  });
});
