// Vitest globalSetup for the integration project: one throwaway database per run,
// migrated with the same runner production uses, dropped afterwards.
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations, pgRunner } from "@/lib/db/migrate";

declare module "vitest" {
  interface ProvidedContext {
    databaseUrl: string;
  }
}

export const SERVER_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** Runs `fn` with a client on the server's maintenance database. */
export async function withServer<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database named rollcall_it_<random> and returns its URL. */
export async function createTestDatabase(): Promise<{ name: string; url: string }> {
  const name = `rollcall_it_${randomBytes(6).toString("hex")}`;
  await withServer((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

export async function dropTestDatabase(name: string): Promise<void> {
  await withServer(async (c) => {
    await c.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
    await c.query(`DROP DATABASE IF EXISTS "${name}"`);
  });
}

export default async function setup(project: TestProject) {
  const { name, url } = await createTestDatabase();
  try {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await applyMigrations(pgRunner(client));
    } finally {
      await client.end();
    }
  } catch (error) {
    await dropTestDatabase(name);
    throw error;
  }
  project.provide("databaseUrl", url);
  return () => dropTestDatabase(name);
}
