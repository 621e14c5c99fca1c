import { describe, expect, it } from "vitest";
import { parseTextbox, TEXTBOX_MAPPING } from "./textbox";

describe("parseTextbox", () => {
  it("reads one learner per line with optional names, numbering rows by line", () => {
    const parsed = parseTextbox("ann@x.com, Ann, Lee\n\nbob@x.com\r\ncy@x.com,Cy\n");
    expect(parsed).toEqual({
      encoding: "utf-8",
      delimiter: ",",
      headers: ["Email", "First Name", "Last Name"],
      rows: [
        { rowNumber: 1, cells: ["ann@x.com", "Ann", "Lee"] },
        { rowNumber: 3, cells: ["bob@x.com", "", ""] },
        { rowNumber: 4, cells: ["cy@x.com", "Cy", ""] },
      ],
      fileErrors: [],
      rowIssues: [],
    });
  });

  it("reads tab-separated lines pasted from a spreadsheet", () => {
    const parsed = parseTextbox("ann@x.com\tAnn\tLee\nbob@x.com\tBob, Jr\tSmith\n");
    expect(parsed.delimiter).toBe("\t");
    expect(parsed.rows.map((row) => row.cells)).toEqual([
      ["ann@x.com", "Ann", "Lee"],
      ["bob@x.com", "Bob, Jr", "Smith"],
    ]);
  });

  it("understands quoted values", () => {
    expect(parseTextbox('ann@x.com,"Lee, Ann",Smith').rows[0]!.cells).toEqual(["ann@x.com", "Lee, Ann", "Smith"]);
  });

  it("skips a header line copied along with the learners", () => {
    const parsed = parseTextbox("E-mail address\tFirst name\tLast name\nann@x.com\tAnn\tLee\n");
    expect(parsed.rows).toEqual([{ rowNumber: 2, cells: ["ann@x.com", "Ann", "Lee"] }]);
  });

  it("warns when a line holds several email addresses", () => {
    const parsed = parseTextbox("ann@x.com, bob@x.com, cy@x.com\n");
    expect(parsed.rowIssues).toEqual([
      { rowNumber: 1, message: "Line 1 has more than one email address. Put each learner on a line of their own." },
    ]);
  });

  it("warns about values beyond the last name and ignores them", () => {
    const parsed = parseTextbox("ann@x.com,Ann,Lee,Sales\nbob@x.com,Bob,Smith,,\n");
    expect(parsed.rows.map((row) => row.cells)).toEqual([
      ["ann@x.com", "Ann", "Lee"],
      ["bob@x.com", "Bob", "Smith"],
    ]);
    expect(parsed.rowIssues.map((issue) => issue.rowNumber)).toEqual([1]);
    expect(parsed.rowIssues[0]!.message).toMatch(/^Line 1 has more than three values\./);
  });

  it("reports an empty box", () => {
    for (const text of ["", "  \n\t\n"]) {
      expect(parseTextbox(text).fileErrors).toEqual(["The list is empty. Paste one learner per line: email, first name, last name."]);
    }
  });

  it("limits the number of lines", () => {
    const parsed = parseTextbox("a@x.com\nb@x.com\nc@x.com", { maxRows: 2 });
    expect(parsed.fileErrors).toEqual(["The list has more than 2 lines. Split it up and add each part separately."]);
    expect(parsed.rows).toEqual([]);
  });

  it("exports the fixed mapping", () => {
    expect(TEXTBOX_MAPPING).toEqual({ 0: "email", 1: "firstName", 2: "lastName" });
    expect(Object.isFrozen(TEXTBOX_MAPPING)).toBe(true);
  });
});
