// The scratch databases the integration run, the bench and the e2e server stand on.
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { readMigrations } from "@/lib/db/migrate";
import { createScratchDatabase, databaseUrl, dropScratchDatabase, uniqueDatabaseName, withClient } from "@/lib/db/scratch-database";
import { SERVER_URL, withServer } from "./global-setup";

const allMigrations = readMigrations().map((m) => m.name);

async function exists(name: string): Promise<boolean> {
  const { rows } = await withServer((c) => c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]));
  return rows.length === 1;
}

// Dropped whatever a test did, so a failed assertion leaves nothing behind on the server.
let names: string[] = [];
function scratchName() {
  const name = uniqueDatabaseName("rollcall_it");
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const name of names) await dropScratchDatabase(name, { adminUrl: SERVER_URL });
  names = [];
});

describe("createScratchDatabase", () => {
  it("creates a database with every migration applied, and drop() removes it", async () => {
    const db = await createScratchDatabase(scratchName(), { adminUrl: SERVER_URL });
    expect(new URL(db.url).pathname).toBe(`/${db.name}`);

    const { tables, history } = await withClient(db.url, async (c) => ({
      tables: (await c.query(`SELECT to_regclass('"Learner"') IS NOT NULL AS learner_exists`)).rows,
      history: (await c.query(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`)).rows,
    }));
    expect(tables).toEqual([{ learner_exists: true }]);
    expect(history.map((row) => row.migration_name)).toEqual(allMigrations);

    await db.drop();
    expect(await exists(db.name)).toBe(false);
  });

  it("replaces a leftover database of the same name, disconnecting its sessions, and leaves it empty when asked", async () => {
    const name = scratchName();
    await withServer((c) => c.query(`CREATE DATABASE "${name}"`));
    const leftover = new pg.Client({ connectionString: databaseUrl(SERVER_URL, name) });
    leftover.on("error", () => {}); // the forced drop ends this session; that is the point
    await leftover.connect();
    await leftover.query(`CREATE TABLE "Stale" (id int)`);

    const db = await createScratchDatabase(name, { adminUrl: SERVER_URL, migrate: false });

    await expect(leftover.query("SELECT 1")).rejects.toThrow();
    const { rows } = await withClient(db.url, (c) =>
      c.query(`SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = 'public'`),
    );
    expect(rows).toEqual([{ tables: 0 }]);
    await leftover.end().catch(() => {});
  });
});

describe("dropScratchDatabase", () => {
  it("drops a database someone is still connected to", async () => {
    const db = await createScratchDatabase(scratchName(), { adminUrl: SERVER_URL, migrate: false });
    const session = new pg.Client({ connectionString: db.url });
    session.on("error", () => {});
    await session.connect();

    await dropScratchDatabase(db.name, { adminUrl: SERVER_URL });

    expect(await exists(db.name)).toBe(false);
    await session.end().catch(() => {});
  });

  it("does nothing when the database is already gone", async () => {
    const name = scratchName();
    await expect(dropScratchDatabase(name, { adminUrl: SERVER_URL })).resolves.toBeUndefined();
    expect(await exists(name)).toBe(false);
  });
});
