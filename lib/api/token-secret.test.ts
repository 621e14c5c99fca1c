import { describe, expect, it } from "vitest";
import { hashToken } from "@/lib/server/auth/tokens";
import { isTokenSecret, newTokenSecret } from "./token-secret";

describe("newTokenSecret", () => {
  it("makes a recognisable rc_ secret with 256 random bits, kept only as its SHA-256", () => {
    const { secret, secretHash, prefix } = newTokenSecret();
    expect(secret).toMatch(/^rc_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(secret.slice(3), "base64url")).toHaveLength(32);
    expect(secretHash).toBe(hashToken(secret));
    expect(secretHash).not.toContain(secret.slice(3));
    expect(prefix).toBe(secret.slice(0, 9));
    expect(isTokenSecret(secret)).toBe(true);
  });

  it("never repeats", () => {
    const secrets = new Set(Array.from({ length: 1000 }, () => newTokenSecret().secret));
    expect(secrets.size).toBe(1000);
  });

  it("tells a token from other strings", () => {
    expect(isTokenSecret("rc_short")).toBe(false);
    expect(isTokenSecret(`xx_${"a".repeat(43)}`)).toBe(false);
    expect(isTokenSecret(`rc_${"a".repeat(42)}!`)).toBe(false);
  });
});
