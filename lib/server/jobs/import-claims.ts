import pg from "pg";
import { env } from "@/lib/env";

/**
 * Which process runs an import when several share one database without Inngest (the app and
 * the CLI on the embedded default): the one holding a PostgreSQL session advisory lock on it.
 * The database drops the lock when that process's connection ends, so an import whose process
 * died is free to resume elsewhere, and a running one is never picked up by another's sweep.
 */
const CLAIMS_NAMESPACE = 72707370; // first key of the two-key advisory lock; Prisma Migrate's is 72707369

const globalForClaims = globalThis as unknown as { rollcallImportClaims?: Promise<pg.Client> };

function claimsConnection(): Promise<pg.Client> {
  globalForClaims.rollcallImportClaims ??= (async () => {
    const client = new pg.Client({ connectionString: env.DATABASE_URL, application_name: "rollcall import claims" });
    // A lost connection loses its locks with it: forget it, so the next claim opens a new one.
    const forget = () => void (globalForClaims.rollcallImportClaims = undefined);
    client.on("error", forget);
    client.on("end", forget);
    await client.connect().catch((error: unknown) => {
      forget();
      throw error;
    });
    return client;
  })();
  return globalForClaims.rollcallImportClaims;
}

/** Claims the import for this process; returns how to let go of it, or null when another process has it. */
export async function claimImport(importId: string): Promise<(() => Promise<void>) | null> {
  const client = await claimsConnection();
  const { rows } = await client.query<{ claimed: boolean }>("SELECT pg_try_advisory_lock($1, hashtext($2)) AS claimed", [CLAIMS_NAMESPACE, importId]);
  if (!rows[0]?.claimed) return null;
  return async () => {
    await client.query("SELECT pg_advisory_unlock($1, hashtext($2))", [CLAIMS_NAMESPACE, importId]).catch(() => undefined);
  };
}

/** Closes this process's claims connection (letting go of every claim), so the process can end. */
export async function closeImportClaims(): Promise<void> {
  const pending = globalForClaims.rollcallImportClaims;
  globalForClaims.rollcallImportClaims = undefined;
  const client = await pending?.catch(() => undefined);
  await client?.end().catch(() => undefined);
}
