// Writes bench/RESULTS.md and refreshes the summary between the markers in bench/README.md.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type BenchResults, renderMarkdown, renderSummary } from "./report";

const BENCH_DIR = join(import.meta.dirname, "..");
const START = "<!-- bench:summary:start -->";
const END = "<!-- bench:summary:end -->";

export function writeResults(results: BenchResults): string {
  const markdown = renderMarkdown(results);
  writeFileSync(join(BENCH_DIR, "RESULTS.md"), markdown);
  const readme = join(BENCH_DIR, "README.md");
  if (existsSync(readme)) {
    const text = readFileSync(readme, "utf8");
    const from = text.indexOf(START);
    const to = text.indexOf(END);
    if (from !== -1 && to > from) writeFileSync(readme, `${text.slice(0, from + START.length)}\n${renderSummary(results)}\n${text.slice(to)}`);
  }
  return markdown;
}
