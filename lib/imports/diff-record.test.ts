import { describe, expect, it } from "vitest";
import { diffRecord, SKIP_REASONS } from "./diff-record";
import type { ExistingLearner, ImportMode, ImportRecord } from "./types";

function record(overrides: Partial<ImportRecord> = {}): ImportRecord {
  return {
    rowNumber: 7,
    email: "jo@x.com",
    emailKey: "jo@x.com",
    values: { firstName: "Jo", lastName: "Bloggs", active: true },
    custom: { department: "Sales" },
    errors: [],
    ...overrides,
  };
}

const existing: ExistingLearner = {
  firstName: "Jo",
  lastName: "Bloggs",
  active: true,
  customFields: { department: "Sales", site: "Leeds" },
};

const csv = (mode: ImportMode) => ({ mode, source: "csv" as const });
const textbox = (mode: ImportMode) => ({ mode, source: "textbox" as const });

describe("diffRecord: new learners", () => {
  it("creates in upsert and create modes, listing the values set", () => {
    for (const mode of ["upsert", "create"] as const) {
      expect(diffRecord(record(), null, csv(mode))).toEqual({
        action: "create",
        changes: [
          { field: "firstName", from: null, to: "Jo" },
          { field: "lastName", from: null, to: "Bloggs" },
          { field: "active", from: null, to: true },
          { field: "department", from: null, to: "Sales" },
        ],
      });
    }
  });

  it("skips in update mode", () => {
    expect(diffRecord(record(), null, csv("update"))).toEqual({ action: "skip", changes: [], reason: SKIP_REASONS.notExisting });
    expect(SKIP_REASONS.notExisting).toBe("Not an existing user (mode: update existing only).");
  });

  it("needs a first and last name from a CSV", () => {
    const noNames = record({ values: { active: true } });
    expect(diffRecord(noNames, null, csv("upsert"))).toEqual({
      action: "error",
      changes: [],
      reason: "Row 7: jo@x.com is a new learner, so First Name and Last Name must be filled in.",
    });
    const blankLastName = record({ values: { firstName: "Jo", lastName: "" } });
    expect(diffRecord(blankLastName, null, csv("create")).reason).toBe(
      "Row 7: jo@x.com is a new learner, so Last Name must be filled in.",
    );
  });

  it("creates pasted learners without names, active by default", () => {
    const pasted = record({ values: {}, custom: {} });
    expect(diffRecord(pasted, null, textbox("upsert"))).toEqual({
      action: "create",
      changes: [{ field: "active", from: null, to: true }],
    });
  });

  it("creates an archived learner when the file says so, and leaves out blank custom values", () => {
    const archived = record({ values: { firstName: "Jo", lastName: "Bloggs", active: false }, custom: { department: "" } });
    expect(diffRecord(archived, null, csv("upsert")).changes).toEqual([
      { field: "firstName", from: null, to: "Jo" },
      { field: "lastName", from: null, to: "Bloggs" },
      { field: "active", from: null, to: false },
    ]);
  });
});

describe("diffRecord: existing learners", () => {
  it("skips in create mode", () => {
    expect(diffRecord(record(), existing, csv("create"))).toEqual({ action: "skip", changes: [], reason: SKIP_REASONS.alreadyExists });
    expect(SKIP_REASONS.alreadyExists).toBe("Already exists (mode: add new only).");
  });

  it("is unchanged when nothing differs, in upsert and update modes", () => {
    for (const mode of ["upsert", "update"] as const) {
      expect(diffRecord(record(), existing, csv(mode))).toEqual({ action: "unchanged", changes: [] });
    }
  });

  it("lists only the fields that change", () => {
    const changed = record({ values: { firstName: "Joanna", lastName: "Bloggs", active: false }, custom: { department: "Sales", site: "London", grade: "3" } });
    expect(diffRecord(changed, existing, csv("update"))).toEqual({
      action: "update",
      changes: [
        { field: "firstName", from: "Jo", to: "Joanna" },
        { field: "active", from: true, to: false },
        { field: "site", from: "Leeds", to: "London" },
        { field: "grade", from: null, to: "3" },
      ],
    });
  });

  it("leaves absent values alone and clears values set to an empty string", () => {
    const clearing = record({ values: { lastName: "" }, custom: { site: "", grade: "" } });
    expect(diffRecord(clearing, existing, csv("upsert"))).toEqual({
      action: "update",
      changes: [
        { field: "lastName", from: "Bloggs", to: "" },
        { field: "site", from: "Leeds", to: "" },
      ],
    });
  });

  it("does not need names to update an existing learner", () => {
    expect(diffRecord(record({ values: {}, custom: {} }), existing, csv("upsert")).action).toBe("unchanged");
  });
});

describe("diffRecord: errors", () => {
  it("reports records with errors as errors whatever the mode", () => {
    const broken = record({
      errors: [
        { field: "email", message: "Row 7: 'bob@' is not an email address." },
        { field: "active", message: "Row 7: 'maybe' is not a valid value for Active." },
      ],
    });
    for (const mode of ["upsert", "create", "update"] as const) {
      for (const current of [existing, null]) {
        expect(diffRecord(broken, current, csv(mode))).toEqual({
          action: "error",
          changes: [],
          reason: "Row 7: 'bob@' is not an email address. Row 7: 'maybe' is not a valid value for Active.",
        });
      }
    }
  });
});

describe("diffRecord: groups", () => {
  const known = new Map([
    ["fire wardens", "Fire wardens"],
    ["site a", "Site A"],
  ]);
  const groups = (overrides: { addOnly?: boolean; createMissing?: boolean } = {}) => ({
    ...csv("upsert"),
    groups: { known, addOnly: false, createMissing: true, ...overrides },
  });
  const member = (...names: string[]): ExistingLearner => ({ ...existing, groups: names });

  it("gives a new learner the listed groups, spelled as the groups are", () => {
    const diff = diffRecord(record({ groups: ["fire WARDENS", "Site A"] }), null, groups());
    expect(diff).toMatchObject({ action: "create", groups: ["Fire wardens", "Site A"] });
    expect(diff.changes).toContainEqual({ field: "groups", from: null, to: "Fire wardens; Site A" });
    expect(diff.newGroups).toBeUndefined();
  });

  it("sets exactly the listed groups on an existing learner", () => {
    expect(diffRecord(record({ groups: ["Site A"] }), member("Fire wardens"), groups())).toEqual({
      action: "update",
      changes: [{ field: "groups", from: "Fire wardens", to: "Site A" }],
      groups: ["Site A"],
    });
  });

  it("only adds in add-only mode, and is unchanged when the learner is already in them", () => {
    expect(diffRecord(record({ groups: ["Site A"] }), member("Fire wardens"), groups({ addOnly: true }))).toMatchObject({
      action: "update",
      changes: [{ field: "groups", from: "Fire wardens", to: "Fire wardens; Site A" }],
    });
    expect(diffRecord(record({ groups: ["site a"] }), member("Fire wardens", "Site A"), groups({ addOnly: true }))).toMatchObject({ action: "unchanged", changes: [] });
  });

  it("is unchanged when the listed groups equal the current ones in any order or case", () => {
    expect(diffRecord(record({ groups: ["site a", "FIRE wardens"] }), member("Fire wardens", "Site A"), groups())).toMatchObject({ action: "unchanged" });
  });

  it("leaves groups alone when the row has no Groups cell", () => {
    expect(diffRecord(record(), member("Site A"), groups())).toEqual({ action: "unchanged", changes: [] });
  });

  it("names the groups a row would create", () => {
    expect(diffRecord(record({ groups: ["Site A", "Night shift"] }), member(), groups())).toMatchObject({
      action: "update",
      groups: ["Site A", "Night shift"],
      newGroups: ["Night shift"],
    });
  });

  it("sends a row naming unknown groups to errors when new groups are not to be created", () => {
    expect(diffRecord(record({ groups: ["Night shift", "Day shift"] }), null, groups({ createMissing: false }))).toEqual({
      action: "error",
      changes: [],
      reason: "Row 7: “Night shift” and “Day shift” are not groups yet. Correct the name, add the group on the Groups page, or let the import create new groups.",
      newGroups: ["Night shift", "Day shift"],
    });
  });

  it("empties a learner's groups when blank cells clear", () => {
    expect(diffRecord(record({ groups: [] }), member("Site A"), groups())).toMatchObject({ action: "update", changes: [{ field: "groups", from: "Site A", to: "" }], groups: [] });
  });
});

describe("diffRecord: new groups' spelling", () => {
  it("spells a new group as the file first spells it, on every row", () => {
    const groups = { known: new Map<string, string>(), addOnly: false, createMissing: true, newSpellings: new Map([["night shift", "Night shift"]]) };
    expect(diffRecord(record({ groups: ["NIGHT shift"] }), null, { ...csv("upsert"), groups })).toMatchObject({ groups: ["Night shift"], newGroups: ["Night shift"] });
  });
});
