import { describe, expect, it } from "vitest";
import { securityHeaders } from "./security-headers";

const header = (headers: ReturnType<typeof securityHeaders>, key: string) => headers.find((h) => h.key === key)?.value;

describe("securityHeaders", () => {
  it("allows no eval in production, and framing by no one", () => {
    const csp = header(securityHeaders({ development: false, appUrl: "https://rollcall.example.com" }), "Content-Security-Policy")!;
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it("allows eval only for the development server", () => {
    expect(header(securityHeaders({ development: true, appUrl: undefined }), "Content-Security-Policy")).toContain("'unsafe-eval'");
  });

  it("sends HSTS when the app is served over HTTPS, and not on http://localhost", () => {
    expect(header(securityHeaders({ development: false, appUrl: "https://rollcall.example.com" }), "Strict-Transport-Security")).toMatch(/max-age=\d{8}/);
    expect(header(securityHeaders({ development: false, appUrl: "http://localhost:3000" }), "Strict-Transport-Security")).toBeUndefined();
    expect(header(securityHeaders({ development: false, appUrl: undefined }), "Strict-Transport-Security")).toBeUndefined();
  });

  it("always sends the clickjacking, sniffing and referrer headers", () => {
    const headers = securityHeaders({ development: false, appUrl: undefined });
    expect(header(headers, "X-Frame-Options")).toBe("DENY");
    expect(header(headers, "X-Content-Type-Options")).toBe("nosniff");
    expect(header(headers, "Referrer-Policy")).toBe("strict-origin-when-cross-origin");
  });
});
