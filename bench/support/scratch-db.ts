// A throwaway database on the local server, migrated with the app's own runner.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { applyMigrations, pgRunner } from "@/lib/db/migrate";

export const SERVER_URL = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createScratchDatabase(): Promise<{ name: string; url: string }> {
  const name = `rollcall_bench_${randomBytes(6).toString("hex")}`;
  await withClient(SERVER_URL, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  try {
    await withClient(url.toString(), (c) => applyMigrations(pgRunner(c)));
  } catch (error) {
    await dropScratchDatabase(name);
    throw error;
  }
  return { name, url: url.toString() };
}

export async function dropScratchDatabase(name: string): Promise<void> {
  await withClient(SERVER_URL, async (c) => {
    await c.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
    await c.query(`DROP DATABASE IF EXISTS "${name}"`);
  });
}
