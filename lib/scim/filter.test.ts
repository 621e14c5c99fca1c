import { describe, expect, it } from "vitest";
import { filterToSql } from "./filter";
import { MAPPING } from "./test-fixtures";

const sql = (filter: string) => {
  const translated = filterToSql(filter, MAPPING);
  return { text: translated.sql.replace(/\s+/g, " "), values: translated.values };
};

describe("filterToSql", () => {
  it("turns userName eq into one probe of the lower-cased key's index", () => {
    expect(sql('userName eq "Ana@Contoso.com"')).toEqual({ text: '(l."scimUserNameKey" = ?)', values: ["ana@contoso.com"] });
    expect(sql('USERNAME Eq "x@y.z"').text).toBe('(l."scimUserNameKey" = ?)');
  });

  it("compares text ignoring case, with LIKE patterns escaped", () => {
    expect(sql('name.givenName sw "J_%"')).toEqual({ text: '(lower(l."firstName") LIKE ?)', values: ["j\\_\\%%"] });
    expect(sql('name.familyName co "ee"').values).toEqual(["%ee%"]);
    expect(sql('displayName ew "son"').values).toEqual(["%son"]);
  });

  it("keeps externalId and id case-exact, as RFC 7643 defines them", () => {
    expect(sql('externalId eq "AbC"')).toEqual({ text: '(l."scimExternalId" = ?)', values: ["AbC"] });
  });

  it("reads dates for meta.created and meta.lastModified", () => {
    const { text, values } = sql('meta.lastModified gt "2026-12-01T09:00:00Z" and meta.created le "2026-12-02T00:00:00Z"');
    expect(text).toBe('((l."updatedAt" > ?) AND (l."createdAt" <= ?))');
    expect(values).toEqual([new Date("2026-12-01T09:00:00Z"), new Date("2026-12-02T00:00:00Z")]);
  });

  it("handles not, or and parentheses; not treats a missing value as not matching", () => {
    expect(sql('not (active eq true) or (name.givenName pr)').text).toBe('((NOT COALESCE((l."active" = ?), FALSE)) OR (l."firstName" IS NOT NULL AND l."firstName" <> \'\'))');
  });

  it("evaluates value paths against the learner's one work email", () => {
    expect(sql('emails[type eq "work"].value eq "a@b.co"').text).toBe('(TRUE AND (l."emailKey" = ?))');
    expect(sql('emails[type eq "home"]').text).toBe("FALSE");
    expect(sql('emails[type eq "work" and value co "@b."]').text).toBe('(TRUE AND (lower(l."email") LIKE ?))');
  });

  it("reads the extensions' attributes from the profile fields they map to", () => {
    expect(sql('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:Department eq "Sales"')).toEqual({
      text: '(lower((l."customFields"->>?)) = ?)',
      values: ["cf_department", "sales"],
    });
    expect(sql('urn:ietf:params:scim:schemas:extension:rollcall:2.0:User:cf_job_title pr').values).toEqual(["cf_job_title", "cf_job_title"]);
  });

  it("refuses what it can't read with invalidFilter and a sentence", () => {
    for (const bad of ["userName eq", 'userName zz "x"', '(userName eq "x"', "title pr", "active gt true", 'meta.created eq "soon"', 'active eq "yes"', "name.givenName eq true"]) {
      expect(() => filterToSql(bad, MAPPING), bad).toThrow(expect.objectContaining({ status: 400, scimType: "invalidFilter" }));
    }
  });
});
