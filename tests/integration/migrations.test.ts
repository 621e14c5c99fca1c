import { chmodSync, cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acquireLocalServer, type LocalServerLease } from "@/lib/db/local-server";
import { DEFAULT_MIGRATIONS_DIR, type SqlRunner, applyMigrations, pgRunner, readMigrations } from "@/lib/db/migrate";
import { diffMigrationsToSchema } from "@/lib/db/schema-engine";
import { databaseUrl } from "@/lib/db/scratch-database";
import { SERVER_URL, createTestDatabase, dropTestDatabase } from "./global-setup";

const allMigrations = readMigrations().map((m) => m.name);

/** A copy of prisma/migrations with one more migration, `29991231000000_<name>`, holding `sql`. */
function migrationsWith(name: string, sql: string): string {
  const dir = mkdtempSync(join(tmpdir(), "rollcall-migrations-"));
  cpSync(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
  mkdirSync(join(dir, `29991231000000_${name}`));
  writeFileSync(join(dir, `29991231000000_${name}`, "migration.sql"), sql);
  return dir;
}

/** prisma/schema.prisma with one more model, which the migrations don't create. */
function schemaWithProbeModel(): { path: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "rollcall-schema-"));
  const path = join(dir, "schema.prisma");
  const probe = `\nmodel Probe {\n  id    Int     @id @default(autoincrement())\n  name  String  @unique @default("")\n  notes String?\n}\n`;
  writeFileSync(path, readFileSync(join(process.cwd(), "prisma", "schema.prisma"), "utf8") + probe);
  return { path, dir };
}

describe("prisma/migrations", () => {
  it("matches prisma/schema.prisma (no drift: run npm run db:migration:new -- <name>)", async () => {
    const { script, hasChanges } = await diffMigrationsToSchema({ adminUrl: SERVER_URL });
    expect(hasChanges, script).toBe(false);
  });

  it("are replayed whole by the drift check, so a $$ body with ; inside survives", async () => {
    const dir = migrationsWith(
      "function",
      `CREATE FUNCTION "touch"() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  NEW."updatedAt" := now();\n  RETURN NEW;\nEND;\n$$;\n`,
    );
    try {
      expect(await diffMigrationsToSchema({ adminUrl: SERVER_URL, migrationsDir: dir })).toMatchObject({ hasChanges: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("don't drift because of a CHECK constraint (the engine reads pg_constraint.contype as a char)", async () => {
    const dir = migrationsWith("check", `ALTER TABLE "Learner" ADD CONSTRAINT "Learner_email_check" CHECK ("email" <> '');\n`);
    try {
      expect(await diffMigrationsToSchema({ adminUrl: SERVER_URL, migrationsDir: dir })).toMatchObject({ hasChanges: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
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

describe("a failing migration", () => {
  let dir: string;
  let name: string | undefined;
  let client: pg.Client | undefined;
  let runner: SqlRunner;

  beforeAll(async () => {
    // The first statement succeeds; the rollback must take it away with the rest.
    dir = migrationsWith("broken", `CREATE TABLE "Half" (id int);\nSELECT * FROM "NoSuchTable";\n`);
    const db = await createTestDatabase();
    name = db.name;
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    runner = pgRunner(client);
  });
  afterAll(async () => {
    await client?.end();
    if (name) await dropTestDatabase(name);
    rmSync(dir, { recursive: true, force: true });
  });

  it("is rolled back, recorded as failed and blocks later runs", async () => {
    await expect(applyMigrations(runner, { dir })).rejects.toThrow(/29991231000000_broken failed.*NoSuchTable/);

    const { rows: tables } = await runner.query(
      `SELECT to_regclass('"Half"') IS NULL AS half_missing, to_regclass('"Learner"') IS NOT NULL AS learner_exists`,
    );
    expect(tables).toEqual([{ half_missing: true, learner_exists: true }]);
    const { rows: history } = await runner.query(
      `SELECT finished_at, logs FROM "_prisma_migrations" WHERE migration_name = '29991231000000_broken'`,
    );
    expect(history).toEqual([{ finished_at: null, logs: expect.stringContaining("NoSuchTable") }]);

    await expect(applyMigrations(runner, { dir })).rejects.toThrow(/29991231000000_broken .*failed; no further migrations will be applied/);
  });
});

// PostgreSQL 18, the embedded default, records every NOT NULL column in pg_constraint: the
// engine panicked reading those rows (see charAsText in lib/db/schema-engine.ts). This is that
// server, from the binaries npm installed, on a data folder of its own.
describe("prisma/migrations on the embedded PostgreSQL", () => {
  let root: string;
  let lease: LocalServerLease | undefined;
  let adminUrl: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "rollcall-embedded-"));
    chmodSync(root, 0o755); // run as root, the server runs as the postgres user, which must reach its folder
    lease = await acquireLocalServer(root);
    adminUrl = databaseUrl(lease.url, "postgres");
  });
  afterAll(async () => {
    await lease?.release();
    rmSync(root, { recursive: true, force: true });
  });

  it("match prisma/schema.prisma there too", async () => {
    const { script, hasChanges } = await diffMigrationsToSchema({ adminUrl });
    expect(hasChanges, script).toBe(false);
  });

  it("diff to a changed schema in the same SQL as on the shared server", async () => {
    const schema = schemaWithProbeModel();
    try {
      const onShared = await diffMigrationsToSchema({ adminUrl: SERVER_URL, schemaPath: schema.path });
      expect(onShared.script).toContain('CREATE TABLE "Probe"');
      expect(await diffMigrationsToSchema({ adminUrl, schemaPath: schema.path })).toEqual(onShared);
    } finally {
      rmSync(schema.dir, { recursive: true, force: true });
    }
  });
});
