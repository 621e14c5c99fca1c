import { existsSync } from "node:fs";
import { join } from "node:path";
import { acquireLocalServer, localServerPaths } from "./local-server";

export interface OpenDatabase {
  url: string;
  /** True on the embedded default (no DATABASE_URL): the local server in `root`. */
  embedded: boolean;
  /** What the person starting Rollcall should know (an old data folder, say). */
  notices: string[];
  /** Lets go of the embedded server (stopping it if no one else uses it); nothing for DATABASE_URL. */
  release(): Promise<void>;
}

/**
 * The database this process works on: DATABASE_URL when it is set, otherwise the embedded
 * PostgreSQL server in `root` (started, or reused when another process already runs it).
 */
export async function openDatabase(root: string, databaseUrl = process.env.DATABASE_URL || undefined): Promise<OpenDatabase> {
  if (databaseUrl) return { url: databaseUrl, embedded: false, notices: [], release: async () => {} };
  const lease = await acquireLocalServer(root);
  const notices: string[] = [];
  const oldPglite = join(root, "pglite");
  if (existsSync(oldPglite)) {
    notices.push(
      `${oldPglite} holds the database of an older Rollcall (PGlite) and is no longer used; ` +
        `the embedded database is now a PostgreSQL server in ${localServerPaths(root).dataDir}. ` +
        "It was left as it is: to carry its users over, export them with the older version and import the CSV here; otherwise delete the folder.",
    );
  }
  return { url: lease.url, embedded: true, notices, release: async () => void (await lease.release()) };
}
