// Which starts get the demo organisation: prepareDatabase on a fresh database, as `npm start` runs it.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase } from "./global-setup";

async function prepareWith(seedDemo: string | undefined) {
  vi.resetModules();
  vi.stubEnv("SEED_DEMO", seedDemo ?? "");
  vi.stubEnv("SEED_ADMIN_PASSWORD", "");
  const database = await createTestDatabase();
  const { prepareDatabase } = await import("@/lib/db/prepare");
  return { database, prepared: await prepareDatabase(database.url, { embedded: false }) };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("seeding the demo organisation", () => {
  it("a DATABASE_URL gets no demo, and no admin, unless SEED_DEMO=true", async () => {
    const { database, prepared } = await prepareWith(undefined);
    try {
      expect(prepared).toMatchObject({ seed: null, organisations: 0 });
      expect(prepared.applied.length).toBeGreaterThan(0);
      const { signInMessage } = await import("@/lib/db/startup-message");
      expect(signInMessage({ ...prepared, loginUrl: "http://localhost:3000/login" })).toMatch(/^No organisations yet .*\n {2}npm run cli -- org create /);
    } finally {
      await database.drop();
    }
  });

  it("SEED_DEMO=true seeds it once", async () => {
    const { database, prepared } = await prepareWith("true");
    try {
      expect(prepared).toMatchObject({ seed: { created: true, username: "admin" }, organisations: 1 });
      const { prepareDatabase } = await import("@/lib/db/prepare");
      expect(await prepareDatabase(database.url, { embedded: false })).toMatchObject({ applied: [], seed: { created: false }, organisations: 1 });
    } finally {
      await database.drop();
    }
  });

  it("SEED_DEMO=false turns it off on the embedded default too; anything else is refused by name", async () => {
    vi.resetModules();
    vi.stubEnv("SEED_DEMO", "false");
    expect((await import("@/lib/db/prepare")).seedsDemo(true)).toBe(false);
    vi.resetModules();
    vi.stubEnv("SEED_DEMO", "");
    const { seedsDemo } = await import("@/lib/db/prepare");
    expect([seedsDemo(true), seedsDemo(false)]).toEqual([true, false]);
    vi.resetModules();
    vi.stubEnv("SEED_DEMO", "maybe");
    await expect(import("@/lib/env")).rejects.toThrow(/SEED_DEMO: must be true or false/);
  });
});
