// Which starts get the demo organisation: prepareDatabase on a fresh database, as `npm start` runs it.
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase } from "./global-setup";

/** `npm run db:prepare`: what `npm start` does and prints before it starts the app. */
async function prepareScript(databaseUrl: string, extraEnv: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: "seed-demo-test-secret-seed-demo-test-secret", ...extraEnv };
  for (const name of ["SEED_DEMO", "SEED_ADMIN_PASSWORD", "RESEND_API_KEY"]) if (!(name in extraEnv)) delete env[name];
  return promisify(execFile)(resolve("node_modules/.bin/tsx"), ["scripts/with-database.ts"], { env, timeout: 50_000 });
}

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

describe("what npm start prints on a DATABASE_URL", () => {
  it("without SEED_DEMO: no demo login, but how to create the first organisation; then how many there are", async () => {
    const database = await createTestDatabase();
    try {
      const first = await prepareScript(database.url);
      expect(first.stdout).toMatch(/^Database: PostgreSQL \(DATABASE_URL\); \d+ migration\(s\) applied\.\n/);
      expect(first.stdout).toContain("No organisations yet (the demo organisation is seeded only with SEED_DEMO=true).");
      expect(first.stdout).toContain('  npm run cli -- org create --name "Acme Care Ltd" --slug acme');
      expect(first.stdout).not.toMatch(/Log in at .* as/);

      const seeded = await prepareScript(database.url, { SEED_DEMO: "true" });
      expect(seeded.stdout).toMatch(/Seeded organisation "Demo Training Ltd" \(slug demo\)\.\n {2}Log in at \S+ as {2}admin {2}\/ {2}\S+/);
      const again = await prepareScript(database.url);
      expect(again.stdout).toMatch(/^Database: PostgreSQL \(DATABASE_URL\); 0 migration\(s\) applied\.\n1 organisation\. Log in at \S+\/login; add one with npm run cli -- org create/);
    } finally {
      await database.drop();
    }
  });
});
