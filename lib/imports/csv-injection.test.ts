import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutraliseCell, restoreCell } from "./csv-injection";

const TRIGGERS = ["=", "+", "-", "@", "\t", "\r"];

describe("neutraliseCell", () => {
  it.each(TRIGGERS)("prefixes an apostrophe when a value starts with %j", (trigger) => {
    expect(neutraliseCell(`${trigger}SUM(A1)`)).toBe(`'${trigger}SUM(A1)`);
  });

  it("leaves ordinary values alone", () => {
    for (const value of ["", "Smith", "o'brien@example.com", "'quoted", "a=b", " =x", "''", "'"]) {
      expect(neutraliseCell(value)).toBe(value);
    }
  });

  it("also prefixes values that already start with apostrophes before a trigger", () => {
    expect(neutraliseCell("'=x")).toBe("''=x");
    expect(neutraliseCell("''-1")).toBe("'''-1");
  });
});

describe("restoreCell", () => {
  it("strips exactly one apostrophe before a trigger", () => {
    expect(restoreCell("'=1+2")).toBe("=1+2");
    expect(restoreCell("''=x")).toBe("'=x");
    expect(restoreCell("'-5")).toBe("-5");
  });

  it("leaves other apostrophes alone", () => {
    for (const value of ["'", "''", "'quoted", "O'Brien", "=x", "'' =x"]) {
      expect(restoreCell(value)).toBe(value);
    }
  });
});

// Any UTF-16 code unit, lone surrogates included (fast-check's own "binary" unit is much slower).
const anyString = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) });

// Strings made mostly of the characters that matter, so the interesting cases are common.
const trickyString = fc
  .array(fc.constantFrom("'", "'", "=", "+", "-", "@", "\t", "\r", "\n", " ", "a", "é"), { maxLength: 8 })
  .map((chars) => chars.join(""));

describe("round trip", () => {
  it("restoreCell(neutraliseCell(x)) === x for every string", () => {
    fc.assert(
      fc.property(fc.oneof(trickyString, anyString), (value) => restoreCell(neutraliseCell(value)) === value),
      { numRuns: 5000 },
    );
  });

  it("a neutralised value never starts with a formula trigger", () => {
    fc.assert(
      fc.property(fc.oneof(trickyString, anyString), (value) => !TRIGGERS.includes(neutraliseCell(value)[0] ?? "")),
      { numRuns: 2000 },
    );
  });
});
