// What the numbers were measured on: printed with the results.
import { execFileSync } from "node:child_process";
import os from "node:os";
import { withClient } from "./scratch-db";

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  freeMemoryGiB: number;
  loadAverage: number[];
  node: string;
  postgres: string;
  postgresSettings: Record<string, string>;
  commit: string;
}

const GiB = 1024 ** 3;
const SETTINGS = ["shared_buffers", "work_mem", "max_wal_size", "synchronous_commit", "fsync"];

function gitCommit(): string {
  try {
    const sha = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" }).trim() !== "";
    return dirty ? `${sha} (with uncommitted changes)` : sha;
  } catch {
    return "unknown";
  }
}

export async function describeMachine(databaseUrl: string): Promise<Machine> {
  const { version, settings } = await withClient(databaseUrl, async (c) => ({
    version: (await c.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version,
    settings: (await c.query<{ name: string; value: string }>("SELECT name, current_setting(name) AS value FROM unnest($1::text[]) AS name", [SETTINGS])).rows,
  }));
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
    memoryGiB: os.totalmem() / GiB,
    freeMemoryGiB: os.freemem() / GiB,
    loadAverage: os.loadavg(),
    node: process.version,
    postgres: `PostgreSQL ${version}`,
    postgresSettings: Object.fromEntries(settings.map((s) => [s.name, s.value])),
    commit: gitCommit(),
  };
}
