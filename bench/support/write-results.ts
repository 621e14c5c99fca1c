// Writes bench/RESULTS.md and refreshes the summary between the markers in bench/README.md.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type BenchResults, MILLION_SECTION, renderMarkdown, renderSummary } from "./report";

const BENCH_DIR = join(import.meta.dirname, "..");
const START = "<!-- bench:summary:start -->";
const END = "<!-- bench:summary:end -->";

/** Sections a full run doesn't measure (run with --only): their last figures and run note are kept. */
const CARRIED_OVER = [MILLION_SECTION];

function carryOver(previous: string, next: string): string {
  const old = previous.split("\n");
  const lines = next.trimEnd().split("\n");
  for (const section of CARRIED_OVER) {
    const header = `| **${section}** | | | |`;
    const at = old.indexOf(header);
    if (at < 0) continue;
    let end = at + 1;
    while (end < old.length && old[end]!.startsWith("| ") && !/^\| \*\*.+\*\* \| \| \| \|$/.test(old[end]!)) end++;
    lines.push(...old.slice(at, end));
    const note = old.find((line) => line.startsWith(`- **Section “${section}” re-run alone**`));
    if (note) lines.splice(lines.findIndex((line) => line.startsWith("- **Targets met:**")), 0, note);
  }
  const measured = lines.filter((line) => /\| (✅|❌) \|$/.test(line));
  const met = measured.filter((line) => line.endsWith("| ✅ |")).length;
  lines[lines.findIndex((line) => line.startsWith("- **Targets met:**"))] = `- **Targets met:** ${met} of ${measured.length}`;
  return `${lines.join("\n")}\n`;
}

export function writeResults(results: BenchResults): string {
  const file = join(BENCH_DIR, "RESULTS.md");
  const markdown = carryOver(existsSync(file) ? readFileSync(file, "utf8") : "", renderMarkdown(results));
  writeFileSync(file, markdown);
  const readme = join(BENCH_DIR, "README.md");
  if (existsSync(readme)) {
    const text = readFileSync(readme, "utf8");
    const from = text.indexOf(START);
    const to = text.indexOf(END);
    if (from !== -1 && to > from) writeFileSync(readme, `${text.slice(0, from + START.length)}\n${renderSummary(results)}\n${text.slice(to)}`);
  }
  return markdown;
}
