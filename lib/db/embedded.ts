import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { PGlite } from "@electric-sql/pglite";

/**
 * PGlite is single-process: two processes opening one data directory corrupt
 * it. A pid lock file makes the second process fail with a clear message
 * instead (e.g. the CLI while the app is running).
 */
export class EmbeddedDatabaseBusyError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded database in ${dataDir} is in use by another Rollcall process (pid ${pid}). ` +
        "Stop that process (e.g. the running app) or set DATABASE_URL to a PostgreSQL server both can share.",
    );
    this.name = "EmbeddedDatabaseBusyError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function lockPath(dataDir: string) {
  return join(dirname(dataDir), `${dataDir.split("/").pop()}.lock`);
}

export function acquireEmbeddedLock(dataDir: string): () => void {
  const file = lockPath(dataDir);
  mkdirSync(dirname(file), { recursive: true });
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, "utf8"));
    if (pid && pid !== process.pid && isAlive(pid)) throw new EmbeddedDatabaseBusyError(dataDir, pid);
  }
  writeFileSync(file, String(process.pid));
  const release = () => {
    if (existsSync(file) && Number(readFileSync(file, "utf8")) === process.pid) rmSync(file, { force: true });
  };
  process.once("exit", release);
  return release;
}

export async function openEmbeddedDatabase(dataDir: string): Promise<{ db: PGlite; release: () => void }> {
  const absolute = resolve(dataDir);
  const release = acquireEmbeddedLock(absolute);
  const db = await createPglite(absolute);
  return { db, release };
}

/** PGlite with the extensions our migrations use (pg_trgm for user search). */
export async function createPglite(dataDir?: string): Promise<PGlite> {
  const [{ PGlite }, { pg_trgm }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("@electric-sql/pglite/contrib/pg_trgm"),
  ]);
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  return PGlite.create(dataDir, { extensions: { pg_trgm } });
}
