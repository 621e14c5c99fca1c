import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-redirect";

describe("safeCallbackPath", () => {
  it("keeps a same-site path with its query", () => {
    expect(safeCallbackPath("/users?q=smith")).toBe("/users?q=smith");
    expect(safeCallbackPath("http://localhost:3000/imports/abc")).toBe("/imports/abc");
  });

  it("never leaves the site", () => {
    expect(safeCallbackPath("https://evil.example/steal")).toBe("/steal");
    expect(safeCallbackPath("//evil.example")).toBe("/dashboard");
  });

  it("falls back to the dashboard for empty, root or login targets", () => {
    expect(safeCallbackPath(undefined)).toBe("/dashboard");
    expect(safeCallbackPath("/")).toBe("/dashboard");
    expect(safeCallbackPath("/login?callbackUrl=/x")).toBe("/dashboard");
  });
});
