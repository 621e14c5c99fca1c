import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

/**
 * The app as `npm start` runs it, on a data folder of its own: scripts/with-database.ts opening
 * the database (the embedded PostgreSQL server in that folder unless `databaseUrl` is given),
 * then `next start` on the build the e2e run already made. No Inngest keys, no email provider. With a
 * `databaseUrl` it sets SEED_DEMO=true, as a DATABASE_URL deployment gets the demo only when asked.
 */
export interface LaunchedApp {
  baseURL: string;
  /** Everything it printed so far. */
  output(): string;
  /** Sends `signal` and resolves once the launcher (and so the app) has exited. */
  stop(signal?: NodeJS.Signals): Promise<{ ms: number; code: number | null }>;
}

export const LAUNCHED_ADMIN_PASSWORD = "launched app e2e password";
const LAUNCHED_AUTH_SECRET = "launched-app-e2e-secret-launched-app-e2e-secret";

/** The environment of `npm start` on a fresh machine: only what `extra` sets (DATABASE_URL, say) on top of the shell's basics. */
export function launchEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${join(process.cwd(), "node_modules", ".bin")}:${process.env.PATH}`,
    ROLLCALL_DATA_DIR: dataDir,
    SEED_ADMIN_PASSWORD: LAUNCHED_ADMIN_PASSWORD,
    ...extra,
  };
  for (const name of ["DATABASE_URL", "SEED_DEMO", "AUTH_SECRET", "RESEND_API_KEY", "RESEND_BASE_URL", "INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY", "INNGEST_DEV", "NEXT_MANUAL_SIG_HANDLE"]) {
    if (!(name in extra)) delete env[name];
  }
  return env;
}

export async function launchApp(dataDir: string, port: number, databaseUrl?: string): Promise<LaunchedApp> {
  const baseURL = `http://localhost:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/with-database.ts", "next", "start", "-p", String(port)], {
    env: launchEnv(dataDir, { PORT: String(port), APP_URL: baseURL, ...(databaseUrl ? { DATABASE_URL: databaseUrl, SEED_DEMO: "true", AUTH_SECRET: LAUNCHED_AUTH_SECRET } : {}) }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited at start-up:\n${output}`);
    const ready = await fetch(`${baseURL}/login`).then((r) => r.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`The app did not answer within 60 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseURL,
    output: () => output,
    async stop(signal = "SIGTERM") {
      const started = performance.now();
      child.kill(signal);
      const code = await exited;
      return { ms: performance.now() - started, code };
    },
  };
}
