import { describe, expect, it } from "vitest";
import { redactSecretLinks } from "./redact";

describe("redactSecretLinks", () => {
  it("removes reset and activation tokens but keeps the rest of the email", () => {
    const text = "Open https://app.test/reset-password?token=abcdefghijklmnopqrstuvwxyz012345 or https://app.test/welcome/ABCDEFGHIJKLMNOPQRSTUVWXYZ_-0123 now";
    expect(redactSecretLinks(text)).toBe("Open https://app.test/reset-password?token=[redacted] or https://app.test/welcome/[redacted] now");
  });

  it("removes invitation tokens", () => {
    expect(redactSecretLinks("https://app.test/accept-invitation?token=abcdefghijklmnopqrstuvwxyz012345")).toBe("https://app.test/accept-invitation?token=[redacted]");
  });

  it("leaves ordinary links alone", () => {
    expect(redactSecretLinks("https://app.test/login and /imports/abc")).toBe("https://app.test/login and /imports/abc");
  });
});
