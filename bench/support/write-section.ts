// A run of one section only (npm run bench -- --only <section>): splices their section into bench/RESULTS.md, leaving the
// other sections' figures (and the run they came from) as they were, and recounts the targets.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Machine } from "./machine";
import { cell, type Row, verdict } from "./report";

const BENCH_DIR = join(import.meta.dirname, "..");
const START = "<!-- bench:summary:start -->";
const END = "<!-- bench:summary:end -->";

const isSectionHeader = (line: string) => /^\| \*\*.+\*\* \| \| \| \|$/.test(line);
const cells = (line: string) => line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());

export function writeSection(run: { section: string; rows: Row[]; startedAt: Date; scale: number; wallSeconds: number; machine: Machine; loadAfter: number[] }): string {
  const file = join(BENCH_DIR, "RESULTS.md");
  const lines = readFileSync(file, "utf8").trimEnd().split("\n");
  const header = `| **${run.section}** | | | |`;
  const block = [header, ...run.rows.map((row) => `| ${cell(row.measure)} | ${cell(row.result)} | ${cell(row.target)} | ${verdict(row.ok)} |`)];
  const at = lines.indexOf(header);
  if (at >= 0) {
    let end = at + 1;
    while (end < lines.length && lines[end]!.startsWith("|") && !isSectionHeader(lines[end]!)) end++;
    lines.splice(at, end - at, ...block);
  } else {
    let last = lines.length - 1;
    while (last > 0 && !lines[last]!.startsWith("|")) last--;
    lines.splice(last + 1, 0, ...block);
  }

  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(" / ");
  const note = `- **Section “${run.section}” re-run alone** (--only): ${run.startedAt.toISOString()}, commit ${run.machine.commit}, BENCH_SCALE=${run.scale}, ${run.wallSeconds.toFixed(1)} s, load average ${load(run.machine.loadAverage)} at start, ${load(run.loadAfter)} at end; the other sections are from the run above.`;
  const noted = lines.findIndex((line) => line.startsWith(`- **Section “${run.section}” re-run alone**`));
  if (noted >= 0) lines[noted] = note;
  else lines.splice(lines.findIndex((line) => line.startsWith("- **Targets met:**")), 0, note);

  const measured = lines.filter((line) => line.startsWith("| ") && !isSectionHeader(line) && /\| (✅|❌) \|$/.test(line));
  const met = measured.filter((line) => line.endsWith("| ✅ |")).length;
  lines[lines.findIndex((line) => line.startsWith("- **Targets met:**"))] = `- **Targets met:** ${met} of ${measured.length}`;
  const markdown = `${lines.join("\n")}\n`;
  writeFileSync(file, markdown);

  const readme = join(BENCH_DIR, "README.md");
  if (existsSync(readme)) {
    const text = readFileSync(readme, "utf8");
    const from = text.indexOf(START);
    const to = text.indexOf(END);
    const missed = measured.filter((line) => line.endsWith("| ❌ |")).map((line) => cells(line)).map(([measure, result, target]) => `- ${measure}: ${result} (target ${target})`);
    const summary = [
      `Last full run: see [RESULTS.md](RESULTS.md); section “${run.section}” re-run ${run.startedAt.toISOString().slice(0, 10)}: **${met} of ${measured.length} targets met.**`,
      ...(missed.length ? ["", "Missed:", ...missed] : []),
    ].join("\n");
    if (from !== -1 && to > from) writeFileSync(readme, `${text.slice(0, from + START.length)}\n${summary}\n${text.slice(to)}`);
  }
  return markdown;
}
