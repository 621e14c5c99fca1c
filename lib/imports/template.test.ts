import { describe, expect, it } from "vitest";
import { buildRecords } from "./build-records";
import { matchHeaders, missingRequired } from "./match-headers";
import { parseCsvBytes } from "./parse";
import { buildTemplateCsv } from "./template";
import { ALL_FIELDS, BUILT_IN_FIELDS, field, utf8 } from "./test-fixtures";

describe("buildTemplateCsv", () => {
  it("writes a BOM, the labels and an example learner with CRLF line endings", () => {
    expect(buildTemplateCsv(BUILT_IN_FIELDS)).toBe(
      "\uFEFFEmail,First Name,Last Name,Active\r\njohn.smith@example.com,John,Smith,1\r\n",
    );
  });

  it("gives plausible examples for custom fields by label and type", () => {
    const fields = [
      ...BUILT_IN_FIELDS,
      field("department", "Department"),
      field("jobTitle", "Job Title"),
      field("employeeId", "Employee ID"),
      field("startDate", "Start Date", "DATE"),
      field("grade", "Grade", "NUMBER"),
      field("site", "Site", "SELECT", ["Leeds", "London"]),
      field("notes", "Notes"),
    ];
    const [, example] = buildTemplateCsv(fields).split("\r\n");
    expect(example).toBe("john.smith@example.com,John,Smith,1,Sales,Account Manager,E00123,2024-01-31,10,Leeds,");
  });

  it("quotes values containing commas and neutralises labels that look like formulas", () => {
    const fields = [...BUILT_IN_FIELDS, field("team", "Team, Region", "SELECT", ["North, East"]), field("calc", "=1+1")];
    const [header, example] = buildTemplateCsv(fields).replace("\uFEFF", "").split("\r\n");
    expect(header).toBe('Email,First Name,Last Name,Active,"Team, Region",\'=1+1');
    expect(example).toBe('john.smith@example.com,John,Smith,1,"North, East",');
  });

  it("round-trips: the template maps automatically and its example row is valid", () => {
    const parsed = parseCsvBytes(utf8(buildTemplateCsv(ALL_FIELDS)));
    expect(parsed.fileErrors).toEqual([]);
    const mapping = matchHeaders(parsed.headers, ALL_FIELDS);
    expect(Object.values(mapping)).toEqual(ALL_FIELDS.map((f) => f.key));
    expect(missingRequired(mapping, ALL_FIELDS)).toEqual([]);
    const { records } = buildRecords(parsed, mapping, ALL_FIELDS, { source: "csv", blankClears: false });
    expect(records).toHaveLength(1);
    expect(records[0]!.errors).toEqual([]);
  });

  it("ends with a Groups column whose example shows two names separated by ';', and still maps and validates", () => {
    const fields = [...ALL_FIELDS, { key: "groups", label: "Groups", type: "TEXT" as const, builtIn: true, options: [] }];
    const csv = buildTemplateCsv(fields);
    const [header, example] = csv.replace("\uFEFF", "").split("\r\n");
    expect(header!.endsWith(",Groups")).toBe(true);
    expect(example!.endsWith(",Fire wardens; London office")).toBe(true);
    const parsed = parseCsvBytes(utf8(csv));
    expect(parsed.delimiter).toBe(",");
    const mapping = matchHeaders(parsed.headers, fields);
    const { records } = buildRecords(parsed, mapping, fields, { source: "csv", blankClears: false });
    expect(records[0]).toMatchObject({ errors: [], groups: ["Fire wardens", "London office"] });
  });
});
