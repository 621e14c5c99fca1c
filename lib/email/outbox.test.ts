import { afterAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  vi.stubEnv("AUTH_SECRET", "outbox-test-secret-outbox-test-secret-0123");
  vi.stubEnv("RESEND_API_KEY", "");
  vi.stubEnv("APP_URL", "http://localhost:3000");
});

const { outboxAvailable, outboxKey, outboxUrl } = await import("./outbox");

afterAll(() => {
  vi.unstubAllEnvs();
});

describe("the outbox", () => {
  it("opens only with this installation's key", () => {
    expect(outboxAvailable(outboxKey())).toBe(true);
    expect(outboxAvailable(undefined)).toBe(false);
    expect(outboxAvailable("")).toBe(false);
    expect(outboxAvailable(outboxKey().slice(0, -1))).toBe(false);
    expect(outboxAvailable(`${outboxKey().slice(0, -1)}x`)).toBe(false);
    expect(outboxAvailable([outboxKey()] as unknown as string)).toBe(false);
  });

  it("prints as a URL with the key", () => {
    expect(outboxKey()).toMatch(/^[\w-]{32}$/);
    expect(outboxUrl()).toBe(`http://localhost:3000/outbox?key=${outboxKey()}`);
  });

  it("has another key in an installation with another auth secret", async () => {
    const key = outboxKey();
    vi.stubEnv("AUTH_SECRET", "another-installation-secret-0123456789abcdef");
    vi.resetModules();
    const other = await import("./outbox");
    expect(other.outboxKey()).not.toBe(key);
    expect(other.outboxAvailable(key)).toBe(false);
  });

  it("doesn't exist when emails go through Resend", async () => {
    vi.stubEnv("RESEND_API_KEY", "re_live_key");
    vi.resetModules();
    const withResend = await import("./outbox");
    expect(withResend.outboxAvailable(withResend.outboxKey())).toBe(false);
    expect(withResend.outboxUrl()).toBeNull();
  });
});
