import { afterAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { capture, serialise } from "./support/next-stubs";

// Runs before the imports: no Resend key, so emails stay in the outbox and the outbox exists; the key derives from AUTH_SECRET.
vi.hoisted(() => {
  vi.stubEnv("RESEND_API_KEY", "");
  vi.stubEnv("AUTH_SECRET", "outbox-integration-secret-0123456789abcdef");
});
vi.mock("next/navigation", async (original) => ({ ...(await original<typeof import("next/navigation")>()), ...(await import("./support/next-stubs")).navigation }));
// The request claims to come from localhost, as anyone's request can: that used to be the only check.
vi.mock("next/headers", async (original) => ({ ...(await original<typeof import("next/headers")>()), headers: async () => new Headers({ host: "localhost:3000" }) }));

const { default: OutboxPage } = await import("@/app/(tools)/outbox/page");
const { outboxKey } = await import("@/lib/email/outbox");

afterAll(() => {
  vi.unstubAllEnvs();
});

describe("the email outbox page", () => {
  it("is 'not found' without this installation's key, whatever Host the request names", async () => {
    for (const searchParams of [{}, { key: "guessed-key" }, { key: outboxKey().toUpperCase() }]) {
      expect(await capture(() => OutboxPage({ searchParams: Promise.resolve(searchParams) }))).toEqual({ kind: "notFound" });
    }
  });

  it("lists the stored emails, reset links included, for whoever has the key", async () => {
    const db = await getDb();
    const email = await db.email.create({ data: { to: "keyholder@example.com", kind: "PASSWORD_RESET", subject: "Reset your Rollcall password", html: "<p>x</p>", text: "x", status: "OUTBOX" } });
    const outcome = await capture(() => OutboxPage({ searchParams: Promise.resolve({ key: outboxKey(), id: email.id }) }));
    expect(outcome.kind).toBe("value");
    expect(serialise(outcome)).toContain("keyholder@example.com");
  });
});
