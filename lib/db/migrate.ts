// Applies prisma/migrations/*/migration.sql without Prisma's native schema engine,
// keeping _prisma_migrations exactly as `prisma migrate deploy` would, so either tool
// can take over. Unlike Prisma, each migration runs in one transaction together with
// its history row: a failing migration leaves nothing half-applied.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { ClientBase, QueryResultRow } from "pg";

export interface SqlRunner {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** Runs a multi-statement script as one simple query (never split on `;`). */
  exec(script: string): Promise<void>;
}

export function pgRunner(client: ClientBase): SqlRunner {
  return {
    async query<T>(sql: string, params?: unknown[]) {
      const res = await client.query<QueryResultRow>(sql, params);
      return { rows: res.rows as T[] };
    },
    async exec(script) {
      await client.query(script); // no parameters: simple protocol, several statements allowed
    },
  };
}

export const DEFAULT_MIGRATIONS_DIR = join(process.cwd(), "prisma", "migrations");

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** Migration directories in Prisma's order (lexicographic by name). */
export function readMigrations(dir: string = DEFAULT_MIGRATIONS_DIR): MigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const file = join(dir, name, "migration.sql");
      if (!existsSync(file)) throw new Error(`Migration ${name} has no migration.sql (${file})`);
      const sql = readFileSync(file, "utf8");
      return { name, sql, checksum: sha256(sql) };
    });
}

// Prisma also accepts a checksum taken with the other line-ending style (git autocrlf).
function checksumMatches(m: MigrationFile, stored: string): boolean {
  const lf = m.sql.replace(/\r\n/g, "\n");
  return [m.checksum, sha256(lf), sha256(lf.replace(/\n/g, "\r\n"))].includes(stored);
}

// Prisma's own DDL for its history table (schema-engine, postgres flavour).
const HISTORY_TABLE_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

const LOCK_ID = 72707369; // the advisory lock id Prisma Migrate takes

interface HistoryRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  started_at: Date;
}

export async function applyMigrations(
  runner: SqlRunner,
  opts: { dir?: string; log?: (m: string) => void } = {},
): Promise<{ applied: string[] }> {
  const log = opts.log ?? (() => {});
  const migrations = readMigrations(opts.dir);
  const applied: string[] = [];

  await runner.query("SELECT pg_advisory_lock($1)", [LOCK_ID]);
  try {
    await runner.exec(HISTORY_TABLE_DDL);
    const history = (
      await runner.query<HistoryRow>(
        `SELECT migration_name, checksum, finished_at, started_at FROM "_prisma_migrations"
         WHERE rolled_back_at IS NULL ORDER BY started_at`,
      )
    ).rows;

    const failed = history.find((row) => row.finished_at === null);
    if (failed) {
      throw new Error(
        `Migration ${failed.migration_name} (started at ${new Date(failed.started_at).toISOString()}) failed; ` +
          `no further migrations will be applied (like Prisma's P3009). Fix the database, then mark it ` +
          `rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${failed.migration_name}' AND finished_at IS NULL) ` +
          `or as applied with \`prisma migrate resolve\`.`,
      );
    }
    const done = new Map(history.map((row) => [row.migration_name, row.checksum]));
    for (const m of migrations) {
      const stored = done.get(m.name);
      if (stored !== undefined && !checksumMatches(m, stored)) {
        throw new Error(`Migration ${m.name} was modified after it was applied (checksum ${stored} in the database, ${m.checksum} on disk).`);
      }
    }

    for (const m of migrations.filter((m) => !done.has(m.name))) {
      log(`Applying migration ${m.name}`);
      try {
        await runner.exec("BEGIN");
        await runner.exec(m.sql);
        await runner.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), clock_timestamp(), 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await runner.exec("COMMIT");
      } catch (error) {
        await runner.exec("ROLLBACK");
        // Recorded outside the rolled-back transaction so later runs refuse to continue.
        await runner.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs, started_at, applied_steps_count)
           VALUES ($1, $2, $3, $4, now(), 0)`,
          [randomUUID(), m.checksum, m.name, describe(error)],
        );
        throw new Error(`Migration ${m.name} failed and was rolled back: ${describe(error)}`, { cause: error });
      }
      applied.push(m.name);
    }
  } finally {
    await runner.query("SELECT pg_advisory_unlock($1)", [LOCK_ID]);
  }
  return { applied };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? `${error.message} (SQLSTATE ${code})` : error.message;
}
