import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MIGRATIONS_DIR, type SqlRunner, applyMigrations, pgRunner, pgliteRunner, readMigrations } from "@/lib/db/migrate";
import { diffMigrationsToSchema } from "@/lib/db/schema-engine";
import { createTestDatabase, dropTestDatabase } from "./global-setup";

const allMigrations = readMigrations().map((m) => m.name);

describe("prisma/migrations", () => {
  it("matches prisma/schema.prisma (no drift: run npm run db:migration:new -- <name>)", async () => {
    const { script, hasChanges } = await diffMigrationsToSchema();
    expect(hasChanges, script).toBe(false);
  });

  it("applies every migration once on PGlite", async () => {
    const db = new PGlite({ extensions: { pg_trgm } });
    try {
      expect(await applyMigrations(pgliteRunner(db))).toEqual({ applied: allMigrations });
      expect(await applyMigrations(pgliteRunner(db))).toEqual({ applied: [] });
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM "Learner"`);
      expect(rows).toEqual([{ n: 0 }]);
    } finally {
      await db.close();
    }
  });

  it("applies every migration once on PostgreSQL, recorded as Prisma would", async () => {
    const { name, url } = await createTestDatabase();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      expect(await applyMigrations(pgRunner(client))).toEqual({ applied: allMigrations });
      expect(await applyMigrations(pgRunner(client))).toEqual({ applied: [] });
      const { rows } = await client.query(
        `SELECT migration_name, finished_at IS NOT NULL AS finished, applied_steps_count, length(checksum) AS checksum_length
         FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows).toEqual(allMigrations.map((m) => ({ migration_name: m, finished: true, applied_steps_count: 1, checksum_length: 64 })));
    } finally {
      await client.end();
      await dropTestDatabase(name);
    }
  });
});

// Each database the runner supports, fresh and empty.
const databases: [string, () => Promise<{ runner: SqlRunner; close(): Promise<void> }>][] = [
  ["PGlite", async () => {
    const db = new PGlite({ extensions: { pg_trgm } });
    return { runner: pgliteRunner(db), close: () => db.close() };
  }],
  ["PostgreSQL", async () => {
    const { name, url } = await createTestDatabase();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return { runner: pgRunner(client), close: async () => { await client.end(); await dropTestDatabase(name); } };
  }],
];

describe.each(databases)("a failing migration on %s", (_, open) => {
  let dir: string;
  let db: Awaited<ReturnType<typeof open>>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "rollcall-migrations-"));
    cpSync(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
    mkdirSync(join(dir, "29991231000000_broken"));
    // The first statement succeeds; the rollback must take it away with the rest.
    writeFileSync(
      join(dir, "29991231000000_broken", "migration.sql"),
      `CREATE TABLE "Half" (id int);\nSELECT * FROM "NoSuchTable";\n`,
    );
    db = await open();
  });
  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("is rolled back, recorded as failed and blocks later runs", async () => {
    await expect(applyMigrations(db.runner, { dir })).rejects.toThrow(/29991231000000_broken failed.*NoSuchTable/);

    const { rows: tables } = await db.runner.query(
      `SELECT to_regclass('"Half"') IS NULL AS half_missing, to_regclass('"Learner"') IS NOT NULL AS learner_exists`,
    );
    expect(tables).toEqual([{ half_missing: true, learner_exists: true }]);
    const { rows: history } = await db.runner.query(
      `SELECT finished_at, logs FROM "_prisma_migrations" WHERE migration_name = '29991231000000_broken'`,
    );
    expect(history).toEqual([{ finished_at: null, logs: expect.stringContaining("NoSuchTable") }]);

    await expect(applyMigrations(db.runner, { dir })).rejects.toThrow(/29991231000000_broken .*failed; no further migrations will be applied/);
  });
});
