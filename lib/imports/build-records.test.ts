import { describe, expect, it } from "vitest";
import { buildRecords, buildRecordsTakingTurns, MAX_TEXT_LENGTH, ROWS_PER_TURN } from "./build-records";
import { TEXTBOX_MAPPING } from "./textbox";
import { ALL_FIELDS, BUILT_IN_FIELDS } from "./test-fixtures";
import type { Mapping } from "./types";

const HEADERS = ["Email", "First Name", "Last Name", "Active", "Department", "Grade", "Start Date", "Site", "Notes"];
const MAPPING: Mapping = {
  0: "email",
  1: "firstName",
  2: "lastName",
  3: "active",
  4: "department",
  5: "grade",
  6: "startDate",
  7: "site",
};

function build(rows: string[][], opts: { blankClears?: boolean; source?: "csv" | "textbox"; mapping?: Mapping } = {}) {
  const file = { headers: HEADERS, rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })) };
  return buildRecords(file, opts.mapping ?? MAPPING, ALL_FIELDS, {
    source: opts.source ?? "csv",
    blankClears: opts.blankClears ?? false,
  }).records;
}

const row = (overrides: Partial<Record<number, string>> = {}): string[] => {
  const cells = ["Jo@Example.com", "Jo", "Bloggs", "yes", "Sales", "7", "31/01/2024", "leeds", "ignored"];
  for (const [index, value] of Object.entries(overrides)) cells[Number(index)] = value ?? "";
  return cells;
};

const messages = (records: ReturnType<typeof build>) => records.flatMap((r) => r.errors.map((e) => e.message));

describe("buildRecords", () => {
  it("builds a record from every mapped column, normalising values and ignoring unmapped ones", () => {
    expect(build([row()])).toEqual([
      {
        rowNumber: 2,
        email: "Jo@Example.com",
        emailKey: "jo@example.com",
        values: { firstName: "Jo", lastName: "Bloggs", active: true },
        custom: { department: "Sales", grade: "7", startDate: "2024-01-31", site: "Leeds" },
        errors: [],
      },
    ]);
  });

  describe("email", () => {
    it("requires an email address", () => {
      const [record] = build([row({ 0: "" })]);
      expect(record!.errors).toEqual([
        { field: "email", message: "Row 2: the email address is missing. Add it, or delete the row." },
      ]);
    });

    it("reports an invalid email, naming the row and the value", () => {
      const records = build([row(), row({ 0: "x@y.com" }), row({ 0: "x2@y.com" }), row({ 0: "bob@" })]);
      expect(records[3]!.rowNumber).toBe(5);
      expect(messages(records)).toEqual(["Row 5: 'bob@' is not an email address."]);
    });

    it("says why an address with accented letters is refused", () => {
      expect(messages(build([row({ 0: "zoë@acme.test" })]))).toEqual([
        "Row 2: 'zoë@acme.test' is not an email address: Rollcall takes addresses in plain ASCII letters, and “ë” isn't. Use the address without accents, as your email system knows it.",
      ]);
    });

    it("shortens huge values in messages", () => {
      const [record] = build([row({ 0: "x".repeat(100_000) })]);
      expect(record!.errors[0]!.message.length).toBeLessThan(120);
    });

    it("reports the same email (ignoring case and spaces) on a later row", () => {
      const records = build([
        row({ 0: "jo@x.com" }),
        row({ 0: "someone@x.com" }),
        row({ 0: " JO@X.com " }),
        row({ 0: "jo@x.com" }),
      ]);
      expect(records[0]!.errors).toEqual([]);
      expect(messages(records)).toEqual(["Row 4: JO@X.com already appears on row 2.", "Row 5: jo@x.com already appears on row 2."]);
    });

    it("is missing for every row when no column is mapped to email", () => {
      const records = build([row(), row()], { mapping: { 1: "firstName" } });
      expect(records.every((r) => r.errors.some((e) => e.field === "email"))).toBe(true);
    });
  });

  describe("Active", () => {
    it("parses accepted values", () => {
      const records = build([row({ 0: "a@x.com", 3: "0" }), row({ 0: "b@x.com", 3: "ARCHIVED" }), row({ 0: "c@x.com", 3: "Y" })]);
      expect(records.map((r) => r.values.active)).toEqual([false, false, true]);
    });

    it("lists the accepted values when a value is not understood", () => {
      const [record] = build([row({ 3: "maybe" })]);
      expect(record!.errors).toEqual([
        {
          field: "active",
          message: "Row 2: 'maybe' is not a valid value for Active. Use 1 or 0, yes or no, y or n, true or false, or active or archived.",
        },
      ]);
      expect(record!.values.active).toBeUndefined();
    });

    it("leaves Active as is when blank, even when blanks clear values", () => {
      for (const blankClears of [false, true]) {
        const [record] = build([row({ 3: "" })], { blankClears });
        expect(record!.values).not.toHaveProperty("active");
      }
    });
  });

  describe("blank cells and 'unchanged'", () => {
    it("leaves values as they are by default", () => {
      const [blank, unchanged] = build([
        row({ 0: "a@x.com", 1: "", 2: "", 4: "", 5: "", 6: "", 7: "" }),
        row({ 0: "b@x.com", 1: "UNCHANGED", 2: "unchanged", 3: "Unchanged", 4: "unchanged", 5: "unchanged", 6: "unchanged", 7: "unchanged" }),
      ]);
      expect(blank!.values).toEqual({ active: true });
      expect(blank!.custom).toEqual({});
      expect(unchanged!.values).toEqual({});
      expect(unchanged!.custom).toEqual({});
      expect(unchanged!.errors).toEqual([]);
    });

    it("clears values with blankClears, but 'unchanged' still leaves them", () => {
      const [blank, unchanged] = build(
        [row({ 0: "a@x.com", 1: "", 2: "", 4: "", 5: "", 6: "", 7: "" }), row({ 0: "b@x.com", 1: "unchanged", 4: "unchanged" })],
        { blankClears: true },
      );
      expect(blank!.values).toEqual({ firstName: "", lastName: "", active: true });
      expect(blank!.custom).toEqual({ department: "", grade: "", startDate: "", site: "" });
      expect(blank!.errors).toEqual([]);
      expect(unchanged!.values).not.toHaveProperty("firstName");
      expect(unchanged!.custom).not.toHaveProperty("department");
    });

    it("treats a cell missing from a short row as blank", () => {
      const [record] = build([["a@x.com", "Ann"]]);
      expect(record!.values).toEqual({ firstName: "Ann" });
      expect(record!.errors).toEqual([]);
    });
  });

  describe("custom fields", () => {
    it("validates numbers and keeps the original text", () => {
      const records = build([row({ 0: "a@x.com", 5: "007" }), row({ 0: "b@x.com", 5: "-1.5" }), row({ 0: "c@x.com", 5: "seven" })]);
      expect(records.map((r) => r.custom.grade)).toEqual(["007", "-1.5", undefined]);
      expect(messages(records)).toEqual([
        "Row 4: 'seven' is not a number for Grade. Use digits with an optional decimal point, for example 42 or 3.5.",
      ]);
    });

    it("validates dates and normalises them to YYYY-MM-DD", () => {
      const records = build([row({ 0: "a@x.com", 6: "2024-02-29" }), row({ 0: "b@x.com", 6: "1/3/2024" }), row({ 0: "c@x.com", 6: "31/02/2024" })]);
      expect(records.map((r) => r.custom.startDate)).toEqual(["2024-02-29", "2024-03-01", undefined]);
      expect(messages(records)).toEqual([
        "Row 4: '31/02/2024' is not a valid date for Start Date. Use YYYY-MM-DD (for example 2024-01-31) or DD/MM/YYYY.",
      ]);
    });

    it("validates select options case-insensitively and uses the option's spelling", () => {
      const records = build([row({ 0: "a@x.com", 7: "GLASGOW" }), row({ 0: "b@x.com", 7: "Paris" })]);
      expect(records[0]!.custom.site).toBe("Glasgow");
      expect(messages(records)).toEqual(["Row 3: 'Paris' is not an option for Site. Use one of: London, Leeds and Glasgow."]);
    });

    it("lists at most ten options", () => {
      const options = Array.from({ length: 14 }, (_, i) => `Option ${i + 1}`);
      const fields = [...BUILT_IN_FIELDS, { key: "team", label: "Team", type: "SELECT" as const, builtIn: false, options }];
      const file = { headers: ["Email", "Team"], rows: [{ rowNumber: 2, cells: ["a@x.com", "Nope"] }] };
      const [record] = buildRecords(file, { 0: "email", 1: "team" }, fields, { source: "csv", blankClears: false }).records;
      expect(record!.errors[0]!.message).toBe(
        "Row 2: 'Nope' is not an option for Team. Use one of: Option 1, Option 2, Option 3, Option 4, Option 5, Option 6, Option 7, Option 8, Option 9, Option 10 (or one of 4 more).",
      );
    });

    it("ignores columns mapped to unknown fields and uses the first column when a field is mapped twice", () => {
      const [record] = build([row()], { mapping: { 0: "email", 1: "firstName", 2: "firstName", 8: "noSuchField" } });
      expect(record!.values).toEqual({ firstName: "Jo" });
      expect(record!.custom).toEqual({});
    });
  });

  it("refuses text longer than the limit", () => {
    const [record] = build([row({ 1: "J".repeat(MAX_TEXT_LENGTH + 1), 4: "S".repeat(MAX_TEXT_LENGTH) })]);
    expect(record!.errors).toEqual([
      { field: "firstName", message: "Row 2: the First Name is 1,001 characters long. Shorten it to 1,000 characters or fewer." },
    ]);
    expect(record!.custom.department).toHaveLength(MAX_TEXT_LENGTH);
  });

  it("restores values that an export neutralised against formula injection", () => {
    const [record] = build([row({ 1: "'=Jo", 2: "'-Bloggs", 4: "''@Sales", 5: "'-5" })]);
    expect(record!.values).toMatchObject({ firstName: "=Jo", lastName: "-Bloggs" });
    expect(record!.custom).toMatchObject({ department: "'@Sales", grade: "-5" });
  });

  it("collects every error in a row", () => {
    const [record] = build([row({ 0: "nope", 3: "?", 5: "x", 6: "y", 7: "z" })]);
    expect(record!.errors.map((e) => e.field)).toEqual(["email", "active", "grade", "startDate", "site"]);
  });

  it("says 'Line' instead of 'Row' for pasted text", () => {
    const file = {
      headers: ["Email", "First Name", "Last Name"],
      rows: [
        { rowNumber: 1, cells: ["a@x.com", "", ""] },
        { rowNumber: 3, cells: ["A@x.com", "", ""] },
        { rowNumber: 4, cells: ["bob@", "", ""] },
      ],
    };
    const { records } = buildRecords(file, TEXTBOX_MAPPING, BUILT_IN_FIELDS, { source: "textbox", blankClears: false });
    expect(messages(records)).toEqual(["Line 3: A@x.com already appears on line 1.", "Line 4: 'bob@' is not an email address."]);
  });
});

describe("buildRecordsTakingTurns", () => {
  // Enough rows for several turns, with duplicates far apart so "first seen on row N" spans turns.
  const manyRows = Array.from({ length: ROWS_PER_TURN * 2 + 7 }, (_, i) => row({ 0: `person${i % (ROWS_PER_TURN + 3)}@example.com`, 1: `P${i}` }));
  const file = { headers: HEADERS, rows: manyRows.map((cells, i) => ({ rowNumber: i + 2, cells })) };
  const opts = { source: "csv" as const, blankClears: false };

  it("builds exactly the records buildRecords does, duplicates across turns included", async () => {
    const expected = buildRecords(file, MAPPING, ALL_FIELDS, opts).records;
    expect(expected.some((r) => r.errors.length > 0)).toBe(true);
    expect((await buildRecordsTakingTurns(file, MAPPING, ALL_FIELDS, opts)).records).toEqual(expected);
  });

  it("lets other work run between turns", async () => {
    let ranMeanwhile = false;
    setImmediate(() => (ranMeanwhile = true));
    const building = buildRecordsTakingTurns(file, MAPPING, ALL_FIELDS, opts);
    expect(ranMeanwhile).toBe(false);
    await building;
    expect(ranMeanwhile).toBe(true);
  });
});
