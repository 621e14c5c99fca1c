// Throwaway PostgreSQL databases on a local server, shared by the integration tests
// (rollcall_it_*), the bench (rollcall_bench_*) and the e2e server (rollcall_e2e). A database
// left over under the same name (an interrupted run, the previous e2e run) is dropped first,
// and a fresh one is migrated with the runner production uses, so what is tested is what ships.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { applyMigrations, pgRunner } from "./migrate";

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export interface ScratchDatabaseOptions {
  /** A connection to the server's maintenance database (…/postgres) by a role that may create databases. */
  adminUrl: string;
  /** Set false to leave the database empty, for callers that migrate it themselves. */
  migrate?: boolean;
}

/** `<prefix>_<12 hex digits>`: unique per run, and recognisable on the server by its prefix. */
export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString("hex")}`;
}

/** The same server and credentials as `serverUrl`, on database `name`. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates database `name` (dropping one left over under that name) and, unless told not to, migrates it. */
export async function createScratchDatabase(name: string, { adminUrl, migrate = true }: ScratchDatabaseOptions): Promise<ScratchDatabase> {
  await withClient(adminUrl, async (c) => {
    await dropDatabase(c, name);
    await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`);
  });
  const url = databaseUrl(adminUrl, name);
  const drop = () => dropScratchDatabase(name, { adminUrl });
  if (migrate) {
    try {
      await withClient(url, (c) => applyMigrations(pgRunner(c)));
    } catch (error) {
      await drop();
      throw error;
    }
  }
  return { name, url, drop };
}

/** Drops database `name` if it exists, disconnecting anyone still using it. */
export async function dropScratchDatabase(name: string, { adminUrl }: Pick<ScratchDatabaseOptions, "adminUrl">): Promise<void> {
  await withClient(adminUrl, (c) => dropDatabase(c, name));
}

// WITH (FORCE) (PostgreSQL 13+) ends other sessions and drops in one statement, so a pool
// reconnecting between a pg_terminate_backend() and the DROP can't make it fail.
async function dropDatabase(client: pg.Client, name: string): Promise<void> {
  await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
}
