import { describe, expect, it } from "vitest";
import { FirstRowIndex } from "./first-row-index";

describe("FirstRowIndex", () => {
  it("remembers each key's first row across growth, as a Map would", () => {
    const index = new FirstRowIndex();
    const map = new Map<string, number>();
    for (let row = 2; row < 60_000; row++) {
      const key = row % 3 === 0 ? `dup${row % 1000}@example.com` : `person${row}@exämple.com`;
      expect(index.get(key)).toBe(map.get(key));
      if (!map.has(key)) map.set(key, row);
      index.set(key, row);
    }
    expect(index.size).toBe(map.size);
    for (const [key, row] of map) expect(index.get(key)).toBe(row);
    expect(index.get("nobody@example.com")).toBeUndefined();
    expect(index.get("")).toBeUndefined();
  });

  it("keeps the first row when a key is set again, and tells keys of equal hash apart by their bytes", () => {
    const index = new FirstRowIndex();
    index.set("a@x.com", 2);
    index.set("a@x.com", 9);
    index.set("😀@x.com", 3);
    expect([index.get("a@x.com"), index.get("😀@x.com"), index.get("b@x.com")]).toEqual([2, 3, undefined]);
  });
});
