/**
 * `npm run bench`: measures the import, directory, export and welcome-email paths on
 * real PostgreSQL in a scratch database, and writes bench/RESULTS.md. Each stage runs
 * the app's own code in a child process (bench/stages/), so its peak RSS is its own.
 * BENCH_SCALE (0–1, default 1) shrinks the row counts for quick runs.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { generateCsv } from "./support/generate-csv";
import { describeMachine } from "./support/machine";
import type { BenchResults } from "./support/report";
import { benchScale, scaled, sizes } from "./support/scale";
import { createScratchDatabase, dropScratchDatabase } from "./support/scratch-db";
import { runChildStage } from "./support/spawn-stage";
import { APPLY_SECTION, applyRows, MILLION_SECTION, millionRows, PARSE_SECTION, parseRows, SCIM_SECTION, scimRows } from "./support/report";
import type { ApiImportResult, ApiUsersResult, ApplyDrafts, ApplyResult, ApplyStarts, CopyResult, DirectoryResult, ExportResult, MillionStep, MillionStepResult, NaiveResult, Orgs, ParseResult, ReviewResult, ScimResult, StartResult, UploadResult, WelcomeResult } from "./support/stage-types";
import { writeResults } from "./support/write-results";
import { writeSection } from "./support/write-section";

const PARSE_SEED = 1;
const APPLY_SEED = 2;
const WELCOME_SEED = 3;

/**
 * `npm run bench -- --only scim` runs section 7 alone, `--only review` section 1, `--only apply`
 * section 2 (none needs another section's data), and replaces that section in RESULTS.md. Section 8
 * (a 1,000,000-row file through every stage, several minutes) runs only as `--only million`; a full
 * run keeps its figures.
 */
/** `--rows N` (with `--only review`): section 1 at that one size, e.g. 1000000. */
function rowsArgument(): number | undefined {
  const at = process.argv.indexOf("--rows");
  if (at < 0) return undefined;
  const rows = Number(process.argv[at + 1]);
  if (!Number.isInteger(rows) || rows < 1) throw new Error(`--rows takes a whole number of rows, got "${process.argv[at + 1] ?? ""}"`);
  return rows;
}

const ONLY = { review: "section 1", apply: "section 2", scim: "section 7", million: "section 8: 1,000,000 rows, run only this way" } as const;
type Only = keyof typeof ONLY;

function onlyArgument(): Only | undefined {
  const at = process.argv.indexOf("--only");
  if (at < 0) return undefined;
  const value = process.argv[at + 1];
  if (!value || !(value in ONLY)) throw new Error(`--only takes ${Object.entries(ONLY).map(([k, v]) => `"${k}" (${v})`).join(", ")}; got "${value ?? ""}"`);
  return value as Only;
}

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function main() {
  const scale = benchScale();
  const size = sizes(scale);
  const only = onlyArgument();
  const onlyRows = rowsArgument();
  if (onlyRows !== undefined && only !== "review") throw new Error("--rows goes with --only review");
  const startedAt = new Date();
  const t0 = performance.now();
  const db = await createScratchDatabase();
  const workDir = mkdtempSync(join(os.tmpdir(), "rollcall-bench-"));
  log(`scale ${scale}; scratch database ${db.name}; files in ${workDir}`);

  let cleaned: Promise<void> | undefined;
  const cleanUp = () =>
    (cleaned ??= (async () => {
      rmSync(workDir, { recursive: true, force: true });
      await dropScratchDatabase(db.name);
      log(`dropped ${db.name}`);
    })());
  const onSignal = () => void cleanUp().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  try {
    const machine = await describeMachine(db.url);
    log(`${machine.cpus} cores, ${machine.memoryGiB.toFixed(1)} GiB, ${machine.postgres}, load ${machine.loadAverage.map((l) => l.toFixed(2)).join("/")}`);
    const stage = <R>(name: string, args: unknown) => runChildStage<R>(name, { databaseUrl: db.url, workDir, args });
    const write = (name: string, csv: string) => {
      const file = join(workDir, name);
      writeFileSync(file, csv);
      return file;
    };

    const orgs = (await stage<Orgs>("setup", {})).result;
    const scimStage = () => {
      log(`SCIM: ${size.scimPosts} POST /Users in sequence, then userName lookups at ${size.scimLearners} linked users`);
      return stage<ScimResult>("scim", { org: orgs.scim, posts: size.scimPosts, learners: size.scimLearners, runs: size.scimLookups, profileSample: size.scimProfileSample });
    };

    const parseStages = async () => {
      const parse: BenchResults["parse"] = [];
      for (const { nominal, rows } of onlyRows ? [{ nominal: onlyRows, rows: onlyRows }] : size.parse) {
        const file = write(`parse-${rows}.csv`, generateCsv({ seed: PARSE_SEED, rows, invalidRate: 0.01 }));
        log(`parse + validate ${rows} rows`);
        const parsed = await stage<ParseResult>("parse", { org: orgs.files, file });
        // Each step in its own process, so each has its own peak RSS.
        log(`upload ${rows} rows (parse, store and plan in batches)`);
        const upload = await stage<UploadResult>("upload", { org: orgs.files, file });
        log("review: first view, then pages and filters of the stored plan");
        const review = await stage<ReviewResult>("review", { org: orgs.files, importId: upload.result.importId, warmUpImportId: upload.result.warmUpImportId });
        log("start: fail invalid and duplicate rows, split into chunks");
        const start = await stage<StartResult>("start", { org: orgs.files, importId: upload.result.importId });
        parse.push({ nominal, parse: parsed, upload, review, start });
      }
      return parse;
    };

    const writeNewFile = () => write("apply-new.csv", generateCsv({ seed: APPLY_SEED, rows: size.apply, invalidRate: 0 }));
    const applyStages = async (newFile: string) => {
      const updateFile = write("apply-update.csv", generateCsv({ seed: APPLY_SEED, rows: size.apply, invalidRate: 0, changeEvery: 10 }));
      const groupsFile = write("apply-groups.csv", generateCsv({ seed: APPLY_SEED, rows: size.apply, invalidRate: 0, groups: true }));
      log(`COPY baseline, ${size.apply} rows`);
      const copy = await stage<CopyResult>("copy", { org: orgs.files, file: newFile });
      const drafts = (await stage<ApplyDrafts>("apply-drafts", { org: orgs.apply, warmUpOrg: orgs.warmup, groupsOrg: orgs.groups, newFile: newFile, updateFile, groupsFile })).result;
      log(`start step of each import, then apply ${size.apply} new rows, then the edited file, then the new rows with groups`);
      const applyStart = await stage<ApplyStarts>("apply-start", drafts);
      const apply = await stage<ApplyResult>("apply", { drafts, starts: applyStart.result });
      log(`naive baseline, ${size.naiveSample}-row sample`);
      const naive = await stage<NaiveResult>("naive", { org: orgs.naive, newFile: newFile, updateFile, sample: size.naiveSample });
      return { copy, applyStart, apply, naive };
    };

    const millionStages = async () => {
      const rows = scaled(1_000_000, scale);
      const file = write(`million-${rows}.csv`, generateCsv({ seed: PARSE_SEED, rows, invalidRate: 0.01 }));
      const org = orgs.files;
      const run = (step: MillionStep, extra: Partial<MillionStepResult> = {}) => {
        log(`1,000,000 rows: ${step}`);
        return stage<MillionStepResult>("million", { step, org, file, ...extra });
      };
      const upload = await run("upload");
      const importId = upload.result.importId;
      const start = await run("start", { importId });
      const apply = await run("apply", { importId, chunks: start.result.chunks });
      delete start.result.chunks;
      const report = await run("report", { importId });
      const exported = await run("export", { importId });
      return millionRows(rows, { upload, start, apply, report, export: exported });
    };

    if (only) {
      const sections = {
        scim: async () => ({ section: SCIM_SECTION, rows: scimRows(await scimStage()) }),
        review: async () => ({ section: PARSE_SECTION, rows: parseRows({ scale, parse: await parseStages() }) }),
        apply: async () => ({ section: APPLY_SECTION, rows: applyRows(await applyStages(writeNewFile())) }),
        million: async () => ({ section: MILLION_SECTION, rows: await millionStages() }),
      };
      const section = await sections[only]();
      const markdown = writeSection({ ...section, startedAt, scale, wallSeconds: (performance.now() - t0) / 1000, machine, loadAfter: os.loadavg() });
      console.log(`\n${markdown}`);
      log(`updated section "${section.section}" of bench/RESULTS.md`);
      return;
    }

    const parse = await parseStages();

    const apiFile = writeNewFile();
    const { copy, applyStart, apply, naive } = await applyStages(apiFile);

    log(`users directory, ${size.directoryRuns} runs per query`);
    const directory = await stage<DirectoryResult>("directory", {
      organisationId: orgs.apply.organisationId,
      groupsOrganisationId: orgs.groups.organisationId,
      page: size.directoryPage,
      runs: size.directoryRuns,
    });
    log("export");
    const exported = await stage<ExportResult>("export", { organisationId: orgs.apply.organisationId, warmUpOrganisationId: orgs.warmup.organisationId });
    log(`welcome emails to ${size.welcome} users (≈ ${Math.ceil(size.welcome / 100) / 2} s at 2 requests/s)`);
    const welcome = await stage<WelcomeResult>("welcome", { org: orgs.welcome, learners: size.welcome, seed: WELCOME_SEED });

    log(`API: POST /api/v1/imports of ${size.apply} rows (dry run, then for real), GET /api/v1/users`);
    const apiDryRun = await stage<ApiImportResult>("api-import", { org: orgs.api, file: apiFile, dryRun: true });
    const apiImport = await stage<ApiImportResult>("api-import", { org: orgs.api, file: apiFile, dryRun: false });
    const apiUsers = await stage<ApiUsersResult>("api-users", { org: orgs.apply, runs: size.directoryRuns });
    const scim = await scimStage();

    const results: BenchResults = {
      scale, startedAt, machine, parse, copy, applyStart, apply, naive, directory, welcome,
      api: { dryRun: apiDryRun, import: apiImport, users: apiUsers },
      scim,
      export: exported,
      wallSeconds: (performance.now() - t0) / 1000,
      loadAfter: os.loadavg(),
    };
    console.log(`\n${writeResults(results)}`);
    log("wrote bench/RESULTS.md");
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await cleanUp();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
