import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acquireLocalServer, localServerPaths, runningPort } from "@/lib/db/local-server";
import { openDatabase } from "@/lib/db/open-database";
import { withClient } from "@/lib/db/scratch-database";

let root: string;
const paths = () => localServerPaths(root);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "rollcall-local-server-"));
  chmodSync(root, 0o755); // run as root, the server runs as the postgres user, which must reach its folder
});
afterAll(async () => {
  // Stop the server should a failed test have left it running.
  const lease = await acquireLocalServer(root).catch(() => undefined);
  await lease?.release();
  rmSync(root, { recursive: true, force: true });
});

/** Another process holding a lease, as the app or the CLI would. */
async function otherProcess() {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/integration/support/lease-worker.ts", root]) as ChildProcessWithoutNullStreams;
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => JSON.parse((await lines.next()).value as string);
  const first = (await next()) as { url: string; started: boolean };
  return {
    ...first,
    release: async () => {
      child.stdin.write("release\n");
      return (await next()) as { stopped: boolean };
    },
    kill: () => new Promise((resolve) => child.once("exit", resolve).kill("SIGKILL")),
  };
}

describe("the embedded PostgreSQL server", () => {
  it("is a real PostgreSQL 18 with the extensions and collations the app uses", async () => {
    const lease = await acquireLocalServer(root);
    try {
      expect(lease.started).toBe(true);
      await withClient(lease.url, async (c) => {
        const { rows } = await c.query(`SELECT current_setting('server_version_num')::int AS version, current_database() AS db,
          'Émile' < 'Zola' COLLATE "und-x-icu" AS icu_sorts_accents`);
        expect(rows[0]).toMatchObject({ db: "rollcall", icu_sorts_accents: true });
        expect(rows[0].version).toBeGreaterThanOrEqual(180_000);
        await c.query("CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS unaccent");
        expect((await c.query("SELECT unaccent('Zoë Müller') AS name")).rows).toEqual([{ name: "Zoe Muller" }]);
      });
    } finally {
      expect(await lease.release()).toEqual({ stopped: true });
    }
    expect(runningPort(paths())).toBeUndefined();
  });

  it("is shared: a second process reuses it, and it stops only when the last one lets go", async () => {
    const app = await acquireLocalServer(root);
    const cli = await otherProcess();
    expect(cli).toMatchObject({ url: app.url, started: false });

    expect(await app.release()).toEqual({ stopped: false });
    await withClient(cli.url, async (c) => expect((await c.query("SELECT 1 AS ok")).rows).toEqual([{ ok: 1 }]));
    expect(await cli.release()).toEqual({ stopped: true });
    expect(runningPort(paths())).toBeUndefined();
  });

  it("isn't kept running by a process that died without letting go", async () => {
    const crashed = await otherProcess();
    expect(crashed.started).toBe(true);
    await crashed.kill();

    const next = await acquireLocalServer(root);
    expect(next.started, "the server outlived the crashed process and is reused").toBe(false);
    expect(await next.release()).toEqual({ stopped: true });
  });

  it("keeps its data across restarts", async () => {
    const first = await acquireLocalServer(root);
    await withClient(first.url, (c) => c.query("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')"));
    await first.release();
    const second = await acquireLocalServer(root);
    await withClient(second.url, async (c) => expect((await c.query("SELECT v FROM kept")).rows).toEqual([{ v: "still here" }]));
    await second.release();
  });

  it("says an old PGlite folder is no longer used and leaves it alone", async () => {
    mkdirSync(join(root, "pglite", "base"), { recursive: true });
    const database = await openDatabase(root, "");
    try {
      expect(database.embedded).toBe(true);
      expect(database.notices.join("\n")).toMatch(/pglite holds the database of an older Rollcall \(PGlite\) and is no longer used/);
    } finally {
      await database.release();
    }
    expect(runningPort(paths())).toBeUndefined();
    expect(existsSync(join(root, "pglite", "base"))).toBe(true);
  });

  it("uses DATABASE_URL instead when it is set, starting nothing", async () => {
    const database = await openDatabase(root, "postgresql://postgres@127.0.0.1:5432/postgres");
    expect(database).toMatchObject({ embedded: false, url: "postgresql://postgres@127.0.0.1:5432/postgres" });
    expect(runningPort(paths())).toBeUndefined();
  });
});
