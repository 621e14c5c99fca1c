// The embedded default: a real PostgreSQL server, installed by npm, with its data in one folder.
// `npm run dev`, `npm start` and the CLI each take a lease on it: the first starts it, the others
// reuse it (whatever process started it), and the last to release it stops it. A lock file makes
// start, lease and stop one step each, so a process arriving while the last one leaves either
// finds the server running or starts it again.
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import getPort from "get-port";
import lockfile from "proper-lockfile";
import pg from "pg";
import { postgresBinaries, runAs, serverAccount, type ServerAccount } from "./postgres-binaries";

export interface LocalServerPaths {
  /** Where everything lives (`.data/` by default). */
  root: string;
  /** The server's data directory. */
  dataDir: string;
  /** User, password, database and the last port used (readable by this user only). */
  credentialsFile: string;
  /** One empty file per lease, named `<pid>.<random>`: a lease dies with its process. */
  leasesDir: string;
  logFile: string;
}

export function localServerPaths(root: string): LocalServerPaths {
  return {
    root,
    dataDir: join(root, "postgres"),
    credentialsFile: join(root, "postgres.json"),
    leasesDir: join(root, "postgres.leases"),
    logFile: join(root, "postgres", "server.log"),
  };
}

interface Credentials {
  user: string;
  password: string;
  database: string;
  port: number;
}

export interface LocalServerLease {
  /** A postgresql:// URL for the application database. */
  url: string;
  /** True when this call started the server (false when it was already running). */
  started: boolean;
  /** Gives the lease back; stops the server when no other live process holds one. */
  release(): Promise<{ stopped: boolean }>;
}

const DEFAULT_PORT = 54329;

export async function acquireLocalServer(root: string): Promise<LocalServerLease> {
  const paths = localServerPaths(root);
  mkdirSync(paths.leasesDir, { recursive: true });
  const leaseName = `${process.pid}.${randomBytes(4).toString("hex")}`;
  const { url, started } = await withLock(paths, async () => {
    const account = await serverAccount();
    const credentials = existsSync(join(paths.dataDir, "PG_VERSION")) ? readCredentials(paths) : await initialise(paths, account);
    let port = runningPort(paths);
    const started = port === undefined;
    if (port === undefined) port = await start(paths, account, credentials);
    const url = `postgresql://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${credentials.database}`;
    await ensureDatabase(url, credentials.database);
    writeFileSync(join(paths.leasesDir, leaseName), "");
    return { url, started };
  });
  let released = false;
  return {
    url,
    started,
    release: async () => {
      if (released) return { stopped: false };
      released = true;
      return withLock(paths, async () => {
        rmSync(join(paths.leasesDir, leaseName), { force: true });
        if (liveLeases(paths).length > 0 || runningPort(paths) === undefined) return { stopped: false };
        await stop(paths, await serverAccount());
        return { stopped: true };
      });
    },
  };
}

/** The leases still held; those of processes that died without releasing them are removed. */
export function liveLeases(paths: LocalServerPaths): string[] {
  if (!existsSync(paths.leasesDir)) return [];
  const live: string[] = [];
  for (const name of readdirSync(paths.leasesDir)) {
    const pid = Number(name.split(".")[0]);
    if (Number.isInteger(pid) && isAlive(pid)) live.push(name);
    else rmSync(join(paths.leasesDir, name), { force: true });
  }
  return live;
}

/** The port of the server running on this data directory, read from its postmaster.pid. */
export function runningPort(paths: LocalServerPaths): number | undefined {
  const pidFile = join(paths.dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  // Lines: pid, data directory, start time, port, socket directory, listen address, shared memory key, status.
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  if (!isAlive(pid) || lines[7]?.trim() !== "ready") return undefined;
  return Number(lines[3]);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function withLock<T>(paths: LocalServerPaths, fn: () => Promise<T>): Promise<T> {
  // A holder refreshes the lock every few seconds; one that died leaves it stale after 10 s.
  const unlock = await lockfile.lock(paths.root, {
    lockfilePath: join(paths.root, "postgres.lock"),
    stale: 10_000,
    retries: { retries: 120, minTimeout: 100, maxTimeout: 500 },
  });
  try {
    return await fn();
  } finally {
    await unlock();
  }
}

function readCredentials(paths: LocalServerPaths): Credentials {
  if (!existsSync(paths.credentialsFile)) {
    throw new Error(
      `${paths.dataDir} holds a database but ${paths.credentialsFile} (its login) is missing. ` +
        `Move ${paths.dataDir} aside to start with a fresh embedded database, or set DATABASE_URL.`,
    );
  }
  return JSON.parse(readFileSync(paths.credentialsFile, "utf8")) as Credentials;
}

function writeCredentials(paths: LocalServerPaths, credentials: Credentials) {
  writeFileSync(paths.credentialsFile, JSON.stringify(credentials, null, 2) + "\n", { mode: 0o600 });
}

async function initialise(paths: LocalServerPaths, account: ServerAccount): Promise<Credentials> {
  const { initdb } = await postgresBinaries();
  const credentials: Credentials = { user: "rollcall", password: randomBytes(24).toString("base64url"), database: "rollcall", port: DEFAULT_PORT };
  rmSync(paths.dataDir, { recursive: true, force: true }); // what a failed earlier initdb left
  mkdirSync(paths.dataDir, { recursive: true, mode: 0o700 });
  const passwordFile = join(tmpdir(), `rollcall-pg-${randomBytes(6).toString("hex")}`);
  writeFileSync(passwordFile, credentials.password + "\n", { mode: 0o600 });
  if (account.uid !== undefined) {
    chownSync(paths.dataDir, account.uid, account.gid!);
    chownSync(passwordFile, account.uid, account.gid!);
  }
  try {
    await runAs(account, initdb, [
      `--pgdata=${paths.dataDir}`,
      `--username=${credentials.user}`,
      `--pwfile=${passwordFile}`,
      "--auth=scram-sha-256",
      "--encoding=UTF8",
      // PostgreSQL's own UTF-8 locale: the same on every machine, whatever locales the OS has.
      "--locale-provider=builtin",
      "--builtin-locale=C.UTF-8",
      "--locale=C",
      "--no-instructions",
    ]);
  } catch (error) {
    rmSync(paths.dataDir, { recursive: true, force: true });
    const asPostgres = account.uid !== undefined ? ` PostgreSQL runs as the "postgres" user when started by root, so every folder above ${paths.dataDir} must be open to it (chmod o+x), or run Rollcall as a normal user.` : "";
    throw new Error(`Could not create the embedded database in ${paths.dataDir}.${asPostgres}`, { cause: error });
  } finally {
    rmSync(passwordFile, { force: true });
  }
  writeCredentials(paths, credentials);
  return credentials;
}

async function start(paths: LocalServerPaths, account: ServerAccount, credentials: Credentials): Promise<number> {
  const { pg_ctl } = await postgresBinaries();
  // The port used last time when it is free (so a psql bookmark keeps working), else any free one.
  const port = await getPort({ host: "127.0.0.1", port: credentials.port });
  if (port !== credentials.port) writeCredentials(paths, { ...credentials, port });
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
  try {
    await runAs(account, pg_ctl, ["start", "-D", paths.dataDir, "-l", paths.logFile, "-w", "-t", "60", "-o", options]);
  } catch (error) {
    throw new Error(`The embedded PostgreSQL did not start; its log is ${paths.logFile}.`, { cause: error });
  }
  return port;
}

async function stop(paths: LocalServerPaths, account: ServerAccount): Promise<void> {
  const { pg_ctl } = await postgresBinaries();
  // Fast: open transactions roll back now rather than the server waiting for clients to leave.
  await runAs(account, pg_ctl, ["stop", "-D", paths.dataDir, "-m", "fast", "-w", "-t", "30"]);
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const server = new URL(url);
  server.pathname = "/postgres";
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
