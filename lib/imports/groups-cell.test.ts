import { describe, expect, it } from "vitest";
import { buildRecords } from "./build-records";
import { cleanGroupName, groupNameKey, joinGroupNames, parseGroupsCell } from "./groups-cell";
import { matchHeaders } from "./match-headers";
import { BUILT_IN_FIELDS } from "./test-fixtures";
import type { FieldDef } from "./types";

const GROUPS: FieldDef = { key: "groups", label: "Groups", type: "TEXT", builtIn: true, options: [] };
const FIELDS = [...BUILT_IN_FIELDS, GROUPS];

describe("group names", () => {
  it("compares names ignoring case and surrounding or repeated spaces", () => {
    expect(groupNameKey("  Fire   WARDENS ")).toBe("fire wardens");
    expect(cleanGroupName("  Fire   Wardens ")).toBe("Fire Wardens");
  });

  it("writes a list sorted the way people read it, separated by '; '", () => {
    expect(joinGroupNames(["site b", "Fire wardens", "Site A"])).toBe("Fire wardens; Site A; site b");
    expect(joinGroupNames([])).toBe("");
  });
});

describe("parseGroupsCell", () => {
  it("splits on ';', trims, drops empty names and keeps the first spelling of a repeated name", () => {
    expect(parseGroupsCell(" Fire wardens ;; London office; fire WARDENS ;", "Row 2")).toEqual({ names: ["Fire wardens", "London office"] });
  });

  it("refuses a name longer than 100 characters, saying how to fix it", () => {
    const cell = parseGroupsCell(`Ok; ${"x".repeat(101)}`, "Row 4");
    expect(cell).toEqual({ error: expect.stringMatching(/^Row 4: the group name 'x+…' is 101 characters long\. Shorten it to 100 characters or fewer/) });
  });

  it("refuses a cell listing more than 100 groups", () => {
    const cell = parseGroupsCell(Array.from({ length: 101 }, (_, i) => `G${i}`).join(";"), "Row 3");
    expect(cell).toEqual({ error: "Row 3: the Groups cell lists 101 groups. List at most 100, separated by “;”." });
  });
});

describe("buildRecords with a Groups column", () => {
  const file = (groups: string) => ({ headers: ["Email", "First Name", "Last Name", "Active", "Groups"], rows: [{ rowNumber: 2, cells: ["a@x.com", "A", "B", "1", groups] }] });
  const build = (groups: string, blankClears = false) => buildRecords(file(groups), matchHeaders(file("").headers, FIELDS), FIELDS, { source: "csv", blankClears }).records[0]!;

  it("maps a column headed Groups, Group or Cohort automatically", () => {
    for (const header of ["Groups", "group", "Cohorts"]) expect(matchHeaders(["Email", header], FIELDS)).toEqual({ 0: "email", 1: "groups" });
  });

  it("reads a filled cell as the user's groups", () => {
    expect(build("Site A; Fire wardens").groups).toEqual(["Site A", "Fire wardens"]);
  });

  it("leaves groups unchanged for a blank cell or 'unchanged', unless blank cells clear", () => {
    expect(build("").groups).toBeUndefined();
    expect(build("Unchanged").groups).toBeUndefined();
    expect(build("", true).groups).toEqual([]);
  });

  it("reports a bad cell as the row's error on the groups field", () => {
    expect(build("x".repeat(150)).errors).toEqual([{ field: "groups", message: expect.stringContaining("Row 2: the group name") }]);
  });
});
