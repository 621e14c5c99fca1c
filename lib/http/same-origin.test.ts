import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

describe("isSameOrigin", () => {
  it("accepts this site's own pages, directly or behind a proxy", () => {
    expect(isSameOrigin(new Headers({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
    expect(isSameOrigin(new Headers({ origin: "https://rollcall.example.com", host: "10.0.0.5:3000", "x-forwarded-host": "rollcall.example.com" }))).toBe(true);
  });

  it("refuses another site's form, and an origin that isn't one", () => {
    expect(isSameOrigin(new Headers({ origin: "https://evil.example", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(new Headers({ origin: "null", host: "localhost:3000" }))).toBe(false);
  });

  it("lets through requests without an Origin (not a browser's form post)", () => {
    expect(isSameOrigin(new Headers({ host: "localhost:3000" }))).toBe(true);
  });
});
