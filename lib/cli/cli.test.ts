import { describe, expect, it } from "vitest";
import { parseCliArgs } from "./args";
import type { PlannedRecord } from "@/lib/server/imports/plan-records";
import { formatHumanReport, type ImportReport, toJsonReport } from "./report";

describe("parseCliArgs", () => {
  it("reads an import command with defaults", () => {
    expect(parseCliArgs(["import", "--org", "demo", "--file", "staff.csv"])).toEqual({
      command: "import",
      org: "demo",
      file: "staff.csv",
      mode: "upsert",
      welcome: false,
      addToGroups: false,
      newGroups: "create",
      dryRun: false,
      json: false,
    });
    expect(parseCliArgs(["import", "--org=demo", "--file=a.csv", "--add-to-groups", "--new-groups", "error"])).toMatchObject({ addToGroups: true, newGroups: "error" });
    expect(parseCliArgs(["import", "--org=demo", "--file=a.csv", "--mode", "update", "--welcome", "--dry-run", "--json"])).toMatchObject({
      mode: "update",
      welcome: true,
      dryRun: true,
      json: true,
    });
  });

  it("answers --help and explains bad arguments", () => {
    expect(parseCliArgs(["--help"])).toEqual({ command: "help" });
    expect(parseCliArgs(["import", "-h"])).toEqual({ command: "help" });
    const invalid = (argv: string[]) => {
      const parsed = parseCliArgs(argv);
      return parsed.command === "invalid" ? parsed.message : null;
    };
    expect(invalid([])).toMatch(/Name a command/);
    expect(invalid(["export"])).toMatch(/Unknown command "export"/);
    expect(invalid(["import", "--org", "demo"])).toBe("Missing --file.");
    expect(invalid(["import", "--org", "demo", "--file", "a.csv", "--mode", "merge"])).toMatch(/--mode must be upsert, create or update/);
    expect(invalid(["import", "--org", "demo", "--file", "a.csv", "--force"])).toMatch(/--force/);
    expect(invalid(["import", "--org", "demo", "--file", "a.csv", "--new-groups", "skip"])).toBe('--new-groups must be create or error (got "skip").');
  });
});

function row(rowNumber: number, overrides: Partial<PlannedRecord> = {}): PlannedRecord {
  return { rowNumber, email: `p${rowNumber}@example.com`, firstName: "P", lastName: "Q", action: "create", changes: [], errors: [], archives: false, ...overrides };
}

function report(overrides: Partial<ImportReport> = {}): ImportReport {
  return {
    fileName: "staff.csv",
    mode: "upsert",
    dryRun: true,
    sendWelcome: false,
    file: { encoding: "utf-8", delimiter: ";", rows: [] },
    fileErrors: [],
    counts: { create: 0, update: 0, unchanged: 0, archive: 0, skip: 0, error: 0 },
    rows: [],
    ...overrides,
  };
}

describe("reports", () => {
  it("JSON has skip counts and reasons only in modes that skip, and the import only when not a dry run", () => {
    const skipped = row(2, { action: "skip", reason: "Already exists (mode: add new only)." });
    const json = toJsonReport(report({ mode: "create", rows: [skipped], counts: { create: 0, update: 0, unchanged: 0, archive: 0, skip: 1, error: 0 } }));
    expect(json.summary).toEqual({ create: 0, update: 0, unchanged: 0, error: 0, skip: 1 });
    expect(json.rows).toEqual([{ row: 2, email: "p2@example.com", action: "skip", firstName: "P", lastName: "Q", errors: [], reason: "Already exists (mode: add new only)." }]);
    expect(json).not.toHaveProperty("import");
    expect(toJsonReport(report({ dryRun: false, outcome: null }))).toMatchObject({ summary: { error: 0 }, import: null });
    expect(Object.keys(toJsonReport(report()).summary)).toEqual(["create", "update", "unchanged", "error"]);
  });

  it("the summary lists the first 20 problem rows", () => {
    const rows = Array.from({ length: 25 }, (_, i) => row(i + 2, { action: "error", errors: [{ field: "email", message: `Row ${i + 2}: bad.` }] }));
    const text = formatHumanReport(report({ rows, counts: { create: 0, update: 0, unchanged: 0, archive: 0, skip: 0, error: 25 } }));
    expect(text).toContain("File: staff.csv (UTF-8, semicolon-separated, 0 rows)");
    expect(text).toMatch(/Error\s+25/);
    expect(text).toContain("(first 20 of 25)");
    expect(text).toContain("Row 21: bad.");
    expect(text).not.toContain("Row 22: bad.");
  });

  it("says how many welcome emails --welcome will send: none to users the file archives", () => {
    const rows = [row(2), row(3, { archives: true }), row(4, { action: "update" })];
    const counts = { create: 2, update: 1, unchanged: 0, archive: 1, skip: 0, error: 0 };
    expect(formatHumanReport(report({ rows, counts, sendWelcome: true }))).toContain("1 new user will get a welcome email; 1 new user imported as archived won't.");
    expect(formatHumanReport(report({ rows, counts }))).toContain("No welcome emails will be sent.");
  });

  it("with a Groups column, JSON rows carry each user's groups after the import and the new groups are listed", () => {
    const rows = [row(2, { groupsAfter: ["Fire wardens", "Site A"] }), row(3, { action: "error", groupsAfter: null })];
    const json = toJsonReport(report({ rows, newGroups: { names: ["Fire wardens"], rows: 1 } }));
    expect(json.rows.map((r) => r.groups)).toEqual([["Fire wardens", "Site A"], null]);
    expect(json.newGroups).toEqual(["Fire wardens"]);
    expect(formatHumanReport(report({ rows, newGroups: { names: ["Fire wardens"], rows: 1 } }))).toContain("1 new group will be created: Fire wardens.");
    expect(formatHumanReport(report({ rows, createGroups: false, newGroups: { names: ["Fire wardens", "Night shift"], rows: 3 } }))).toContain(
      "2 groups named in the file don't exist: Fire wardens and Night shift. 3 rows naming them will not be imported (--new-groups error).",
    );
    expect(toJsonReport(report({ rows: [row(2)] })).rows[0]).not.toHaveProperty("groups");
  });
});
