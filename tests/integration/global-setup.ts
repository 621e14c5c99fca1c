// Vitest globalSetup for the integration project: one throwaway database per run,
// migrated with the same runner production uses, dropped afterwards.
import type pg from "pg";
import type { TestProject } from "vitest/node";
import { createScratchDatabase, dropScratchDatabase, type ScratchDatabase, uniqueDatabaseName, withClient } from "@/lib/db/scratch-database";

declare module "vitest" {
  interface ProvidedContext {
    databaseUrl: string;
  }
}

export const SERVER_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** Runs `fn` with a client on the server's maintenance database. */
export function withServer<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  return withClient(SERVER_URL, fn);
}

/** Creates an empty (unmigrated) database named rollcall_it_<random> and returns its URL. */
export function createTestDatabase(): Promise<ScratchDatabase> {
  return createScratchDatabase(uniqueDatabaseName("rollcall_it"), { adminUrl: SERVER_URL, migrate: false });
}

export function dropTestDatabase(name: string): Promise<void> {
  return dropScratchDatabase(name, { adminUrl: SERVER_URL });
}

export default async function setup(project: TestProject) {
  const db = await createScratchDatabase(uniqueDatabaseName("rollcall_it"), { adminUrl: SERVER_URL });
  project.provide("databaseUrl", db.url);
  return () => db.drop();
}
