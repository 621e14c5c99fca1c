import { describe, expect, it } from "vitest";
import { newLearnerId } from "./new-learner-id";

describe("newLearnerId", () => {
  it("gives distinct ids of cuid()'s shape that sort in the order they were made", () => {
    const ids = Array.from({ length: 5_000 }, () => newLearnerId());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^c[0-9a-z]{24}$/);
    expect(ids).toEqual([...ids].sort());
  });
});
