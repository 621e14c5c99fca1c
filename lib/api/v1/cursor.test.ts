import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";

describe("page cursors", () => {
  it("round-trip a position to the millisecond", () => {
    const position = { updatedAt: new Date("2026-12-01T09:30:00.123Z"), id: "cm4abc123" };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it("refuse anything this API didn't make", () => {
    for (const cursor of ["", "bogus", Buffer.from("[1,2]").toString("base64url"), Buffer.from('["not a date","x"]').toString("base64url"), Buffer.from('["2026-12-01T09:30:00Z","x"]').toString("base64url"), Buffer.from(`["2026-12-01T09:30:00.000Z","${"x".repeat(65)}"]`).toString("base64url")])
      expect(decodeCursor(cursor), cursor).toBeNull();
  });
});
