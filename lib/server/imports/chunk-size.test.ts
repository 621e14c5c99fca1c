import { describe, expect, it } from "vitest";
import { chunkSizeFor, MAX_APPLY_CHUNKS } from "./chunk-size";

describe("chunkSizeFor", () => {
  it("keeps the configured size while it makes at most 500 chunks", () => {
    expect(chunkSizeFor(250, 100)).toBe(100);
    expect(chunkSizeFor(1_000_000, 2_000)).toBe(2_000);
  });

  it("grows the chunks so that a 1,000,000-row import never runs more than 500 chunk steps", () => {
    for (const configured of [100, 500, 1_999]) {
      const size = chunkSizeFor(1_000_000, configured);
      expect(Math.ceil(1_000_000 / size)).toBeLessThanOrEqual(MAX_APPLY_CHUNKS);
    }
    expect(Math.ceil(1_000_001 / chunkSizeFor(1_000_001, 2_000))).toBeLessThanOrEqual(MAX_APPLY_CHUNKS);
  });
});
