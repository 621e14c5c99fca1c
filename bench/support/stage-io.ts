// The child side of a stage: reads its arguments, runs, reports its result and peak RSS.
import { writeFileSync } from "node:fs";
import type { StageOutput } from "./stage-types";

export const seconds = (startMs: number) => (performance.now() - startMs) / 1000;

export function stageArgs<A>(): A {
  return JSON.parse(process.env.BENCH_ARGS ?? "{}") as A;
}

/** Runs a stage's body and writes {result, peakRssBytes} to BENCH_OUT; exits so pools and timers can't hold the process. */
export async function runStage<R>(body: () => Promise<R>): Promise<never> {
  const out = process.env.BENCH_OUT;
  if (!out) throw new Error("BENCH_OUT is not set: stages are started by bench/run.ts");
  try {
    const startRssBytes = process.memoryUsage().rss;
    const result = await body();
    const output: StageOutput<R> = { result, peakRssBytes: process.resourceUsage().maxRSS * 1024, startRssBytes };
    writeFileSync(out, JSON.stringify(output));
    process.exit(0);
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
}
