import { describe, expect, it } from "vitest";
import { decodeFlashErrors, encodeFlashErrors } from "./flash-errors";

describe("flash errors", () => {
  it("reads back what was written, quotes and all", () => {
    const errors = ["Row 2: “bob@” is not an email address.", "The header row has more than one column called “Email”; rename one."];
    expect(decodeFlashErrors(encodeFlashErrors(errors))).toEqual(errors);
  });

  it("stays small enough for a cookie however many errors there are", () => {
    const errors = Array.from({ length: 200 }, (_, i) => `Row ${i}: ${"x".repeat(100)}`);
    const encoded = encodeFlashErrors(errors);
    expect(encoded.length).toBeLessThanOrEqual(3_000);
    expect(decodeFlashErrors(encoded)[0]).toBe(errors[0]);
    expect(encodeFlashErrors(["é".repeat(2_000)]).length).toBeLessThanOrEqual(4_000);
  });

  it("reads a missing, foreign or tampered cookie as no errors", () => {
    expect(decodeFlashErrors(undefined)).toEqual([]);
    expect(decodeFlashErrors("%E0%A4%A")).toEqual([]);
    expect(decodeFlashErrors(encodeURIComponent('{"a":1}'))).toEqual([]);
    expect(decodeFlashErrors(encodeURIComponent('["ok", 7]'))).toEqual(["ok"]);
  });
});
