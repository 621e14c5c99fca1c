import { describe, expect, it } from "vitest";
import { passwordProblem, passwordStrength } from "./password-policy";

describe("passwordProblem", () => {
  it("requires 12 characters but no particular character classes", () => {
    expect(passwordProblem("Sh0rt!pass")).toMatch(/at least 12/);
    expect(passwordProblem("violet kettle orbit moss")).toBeNull();
  });

  it("refuses the most common passwords", () => {
    expect(passwordProblem("password1234")).toMatch(/most common|easy to guess/);
    expect(passwordProblem("123456789012")).toMatch(/most common|easy to guess/);
  });

  it("refuses passwords built from the account's own name", () => {
    expect(passwordProblem("dana-admin-2024!x", ["dana", "admin"])).toMatch(/name, username or email/);
  });
});

describe("passwordStrength", () => {
  it("rates a long passphrase above a short common word", () => {
    expect(passwordStrength("violet kettle orbit moss").score).toBeGreaterThan(passwordStrength("password").score);
  });
});
