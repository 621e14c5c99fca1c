import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

const withForwardedFor = (value: string) => new Headers({ "x-forwarded-for": value });

describe("clientIp", () => {
  it("takes the address the nearest proxy saw, not one the client wrote in front of it", () => {
    expect(clientIp(withForwardedFor("6.6.6.6, 203.0.113.9"), 1)).toBe("203.0.113.9");
  });

  it("counts further proxies from the right", () => {
    expect(clientIp(withForwardedFor("6.6.6.6, 203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
  });

  it("uses the only entry when the chain is shorter than the configured hops", () => {
    expect(clientIp(withForwardedFor("203.0.113.9"), 3)).toBe("203.0.113.9");
  });

  it("ignores empty entries and whitespace", () => {
    expect(clientIp(withForwardedFor(" 203.0.113.9 , "), 1)).toBe("203.0.113.9");
  });

  it("gives requests without a usable header one shared key, whatever else they claim", () => {
    expect(clientIp(withForwardedFor(" , ,"), 1)).toBe("unknown");
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.4" }), 1)).toBe("unknown");
  });

  it("trusts no address at all when no proxy is in front (0 hops)", () => {
    expect(clientIp(withForwardedFor("203.0.113.9"), 0)).toBeNull();
  });
});
