import { describe, expect, it } from "vitest";
import { redactSecretLinks } from "./redact";

describe("redactSecretLinks", () => {
  it("removes reset and activation tokens but keeps the rest of the email", () => {
    const text = "Open https://app.test/reset-password?token=abcdefghijklmnopqrstuvwxyz012345 or https://app.test/welcome/ABCDEFGHIJKLMNOPQRSTUVWXYZ_-0123 now";
    expect(redactSecretLinks(text)).toBe("Open https://app.test/reset-password?token=[redacted] or https://app.test/welcome/[redacted] now");
  });

  it("leaves ordinary links alone", () => {
    expect(redactSecretLinks("https://app.test/login and /imports/abc")).toBe("https://app.test/login and /imports/abc");
  });
});
