// The parent side of a stage: each runs in its own Node process, so peak RSS is that stage's alone.
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { StageOutput } from "./stage-types";

const HOOK = join(import.meta.dirname, "server-only-hook.ts");

export async function runChildStage<R>(
  stage: string,
  opts: { databaseUrl: string; workDir: string; args?: unknown; env?: Record<string, string> },
): Promise<StageOutput<R>> {
  const out = join(opts.workDir, `${stage}-${Date.now()}.json`);
  const file = join(import.meta.dirname, "..", "stages", `${stage}.ts`);
  const child = spawn(process.execPath, ["--import", "tsx", "--import", HOOK, file], {
    stdio: ["ignore", "inherit", "inherit"],
    // Production mode, as `next start` runs: React's development build alone makes emails render several times slower.
    env: { ...process.env, NODE_ENV: process.env.NODE_ENV || "production", ...opts.env, DATABASE_URL: opts.databaseUrl, BENCH_ARGS: JSON.stringify(opts.args ?? {}), BENCH_OUT: out },
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (status) => resolve(status));
  });
  if (code !== 0) throw new Error(`Stage ${stage} failed (exit code ${code}); see its output above.`);
  const output = JSON.parse(readFileSync(out, "utf8")) as StageOutput<R>;
  rmSync(out, { force: true });
  return output;
}
