// Turns one run's stage outputs into the Markdown table of bench/RESULTS.md.
import type { Machine } from "./machine";
import type {
  ApiImportResult, ApiUsersResult, ApplyResult, ApplyStarts, CopyResult, DirectoryResult, ExportResult, MillionStep, MillionStepResult, NaiveResult, ParseResult, ReviewResult, ScimResult, StageOutput, StartResult, UploadResult, WelcomeResult,
} from "./stage-types";

export interface BenchResults {
  scale: number;
  startedAt: Date;
  wallSeconds: number;
  machine: Machine;
  loadAfter: number[];
  parse: { nominal: number; parse: StageOutput<ParseResult>; upload: StageOutput<UploadResult>; review: StageOutput<ReviewResult>; start: StageOutput<StartResult> }[];
  copy: StageOutput<CopyResult>;
  applyStart: StageOutput<ApplyStarts>;
  apply: StageOutput<ApplyResult>;
  naive: StageOutput<NaiveResult>;
  directory: StageOutput<DirectoryResult>;
  export: StageOutput<ExportResult>;
  welcome: StageOutput<WelcomeResult>;
  api: { dryRun: StageOutput<ApiImportResult>; import: StageOutput<ApiImportResult>; users: StageOutput<ApiUsersResult> };
  scim: StageOutput<ScimResult>;
}

export interface Row {
  measure: string;
  result: string;
  target: string;
  /** null: reported for context, no target. */
  ok: boolean | null;
}

const n = (x: number) => Math.round(x).toLocaleString("en-GB");
const s = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(1)} s`;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(bytes < 10 * 1024 ** 2 ? 1 : 0)} MB`;
const rate = (rows: number, seconds: number) => rows / seconds;
const times = (x: number) => `${x.toFixed(1)}×`;
const rss = (o: StageOutput<unknown>) => `${mb(o.peakRssBytes)} (${mb(o.startRssBytes)} at start)`;

const MAX_RSS_BYTES = 400 * 1024 ** 2;
const MIN_ROWS_PER_SECOND = 25_000;
/** #12: the apply step within 2× of COPY into the same table with the same indexes. */
const MAX_COPY_RATIO = 2;
const MIN_NAIVE_RATIO = 30;
const MAX_P95_MS = 100;
const MAX_REVIEW_PAGE_P95_MS = 150;
/** #14: applying rows with groups may cost at most this share of the throughput without them. */
const MAX_GROUPS_SLOWDOWN = 0.25;
const WELCOME_BATCH = 100;

/** Upload → review targets by file size (issue #12): time at 100,000 and 1,000,000 rows, memory from 200,000. */
const UPLOAD_REVIEW_SECONDS: Record<number, number> = { 100_000: 2, 1_000_000: 20 };

export function parseRows(r: Pick<BenchResults, "scale" | "parse">): Row[] {
  const rows: Row[] = [];
  for (const { nominal, parse, upload, review, start } of r.parse) {
    const label = `${n(parse.result.rows)} rows`;
    const nominalSeconds = UPLOAD_REVIEW_SECONDS[nominal];
    const secondsTarget = nominalSeconds === undefined ? undefined : nominalSeconds * r.scale;
    const timeTarget = secondsTarget === undefined ? "—" : r.scale === 1 ? `< ${nominalSeconds} s` : `< ${s(secondsTarget)} (${nominalSeconds} s × scale)`;
    const memory = nominal >= 200_000;
    const memoryRow = (measure: string, output: StageOutput<unknown>): Row => ({ measure: `${measure}, ${label}: peak RSS`, result: rss(output), target: memory ? "< 400 MB" : "—", ok: memory ? output.peakRssBytes < MAX_RSS_BYTES : null });
    const reviewSeconds = upload.result.uploadSeconds + review.result.planSeconds;
    const firstView = review.result.computed ? "plan computed and stored" : "reads the plan stored at upload";
    rows.push(
      { measure: `Parse + validate in process (streamed, in batches), ${label}: time`, result: s(parse.result.seconds), target: "—", ok: null },
      memoryRow("Parse + validate in process", parse),
      {
        measure: `Upload → review (createCsvDraft: parse, store and plan in batches; then the first review), ${label}: time`,
        result: `${s(reviewSeconds)} (upload ${s(upload.result.uploadSeconds)} + first review ${s(review.result.planSeconds)}, ${firstView}; ${n(review.result.counts.error ?? 0)} rows with errors)`,
        target: timeTarget,
        ok: secondsTarget === undefined ? null : reviewSeconds < secondsTarget,
      },
      memoryRow("Upload (createCsvDraft)", upload),
      memoryRow("Review (first view, then paging)", review),
      {
        measure: `Review paging and filters (stored plan), ${label}: server time`,
        result: `p50 ${ms(review.result.paging.p50Ms)}, p95 ${ms(review.result.paging.p95Ms)} (${review.result.paging.runs} views)`,
        target: nominal === 100_000 ? `p95 < ${MAX_REVIEW_PAGE_P95_MS} ms` : "—",
        ok: nominal === 100_000 ? review.result.paging.p95Ms < MAX_REVIEW_PAGE_P95_MS : null,
      },
      { measure: `Start (startImport: fail invalid and duplicate rows, split chunks), ${label}: time`, result: `${s(start.result.seconds)} (${n(start.result.failed)} rows failed, ${n(start.result.chunks)} chunks)`, target: "—", ok: null },
      memoryRow("Start", start),
    );
  }
  return rows;
}

type ApplyRun = Pick<ApplyResult["create"], "seconds" | "startSeconds" | "chunks">;

/** The apply step's time, then the start step's before it and the whole job's. */
const applyTime = (rows: number, run: ApplyRun) =>
  `apply step ${s(run.seconds)}, ${n(run.chunks)} chunks; start step before it ${s(run.startSeconds)}; whole job ${s(run.seconds + run.startSeconds)} = ${n(rate(rows, run.seconds + run.startSeconds))} rows/s`;

export function applyRows(r: Pick<BenchResults, "copy" | "apply" | "applyStart" | "naive">): Row[] {
  const { copy, apply, naive } = r;
  const copyRate = rate(copy.result.rows, copy.result.seconds);
  const naiveCreate = rate(naive.result.rows, naive.result.createSeconds);
  const naiveUpdate = rate(naive.result.rows, naive.result.updateSeconds);
  const total = apply.result.rows;
  const pipeline = (label: string, run: ApplyRun, naiveRate: number): Row[] => {
    const perSecond = rate(total, run.seconds);
    return [
      { measure: `${label}: throughput of the apply step`, result: `${n(perSecond)} rows/s (${applyTime(total, run)})`, target: `≥ ${n(MIN_ROWS_PER_SECOND)} rows/s`, ok: perSecond >= MIN_ROWS_PER_SECOND },
      {
        measure: `${label}: apply step vs COPY`,
        result: copyRate >= perSecond ? `COPY is ${times(copyRate / perSecond)} faster` : `${times(perSecond / copyRate)} faster than COPY`,
        target: `within ${MAX_COPY_RATIO}× (#12)`,
        ok: copyRate / perSecond <= MAX_COPY_RATIO,
      },
      { measure: `${label}: apply step vs one upsert per row`, result: `${times(perSecond / naiveRate)} faster`, target: `≥ ${MIN_NAIVE_RATIO}×`, ok: perSecond / naiveRate >= MIN_NAIVE_RATIO },
    ];
  };
  return [
    { measure: `Baseline a: COPY ${n(copy.result.rows)} rows into a copy of "Learner"`, result: `${n(copyRate)} rows/s (${s(copy.result.seconds)})`, target: "—", ok: null },
    {
      measure: `Baseline b: one Prisma upsert per row (${n(naive.result.rows)}-row sample), new / changed`,
      result: `${n(naiveCreate)} / ${n(naiveUpdate)} rows/s (${n(total)} rows ≈ ${s(total / naiveCreate)} / ${s(total / naiveUpdate)})`,
      target: "—",
      ok: null,
    },
    ...pipeline(`Apply ${n(total)} new users (${n(apply.result.create.created)} created)`, apply.result.create, naiveCreate),
    ...pipeline(`Apply same file, 10% changed (${n(apply.result.update.updated)} updated, ${n(apply.result.update.unchanged)} unchanged)`, apply.result.update, naiveUpdate),
    groupsRow(apply.result),
    { measure: "Start step (its own process): peak RSS", result: rss(r.applyStart), target: "—", ok: null },
    { measure: "Apply step (chunks and finish, its own process): peak RSS of the worker", result: rss(apply), target: "—", ok: null },
  ];
}

function groupsRow(a: ApplyResult): Row {
  const g = a.withGroups;
  const perSecond = rate(a.rows, g.seconds);
  const withoutGroups = rate(a.rows, a.create.seconds);
  const floor = withoutGroups * (1 - MAX_GROUPS_SLOWDOWN);
  const slower = (mine: number, theirs: number) => (mine >= theirs ? "no slower" : `${((1 - mine / theirs) * 100).toFixed(0)}% slower`);
  const wholeJob = slower(a.rows / (g.seconds + g.startSeconds), a.rows / (a.create.seconds + a.create.startSeconds));
  return {
    measure: `Apply ${n(a.rows)} new users with 1–3 groups each (${n(g.created)} created, ${n(g.memberships)} memberships in ${n(g.groups)} new groups): throughput of the apply step`,
    result: `${n(perSecond)} rows/s (${applyTime(a.rows, g)}), ${slower(perSecond, withoutGroups)} than without groups (whole job: ${wholeJob})`,
    target: `within ${MAX_GROUPS_SLOWDOWN * 100}% of without groups (≥ ${n(floor)} rows/s) (#14)`,
    ok: perSecond >= floor,
  };
}

function directoryRows(r: BenchResults): Row[] {
  const d: DirectoryResult = r.directory.result;
  return d.scenarios.map((sc) => ({
    measure: `Users directory (${n(sc.learners ?? d.learners)} users), ${sc.name}: ${n(sc.rows)} of ${n(sc.total)}`,
    result: `p50 ${ms(sc.p50)} · p95 ${ms(sc.p95)} (max ${ms(sc.max)}, ${d.runs} runs)`,
    target: `p95 < ${MAX_P95_MS} ms`,
    ok: sc.p95 < MAX_P95_MS,
  }));
}

function exportRows(r: BenchResults): Row[] {
  const e = r.export.result;
  return [
    { measure: `Export ${n(e.rows)} users to CSV (streamed): time`, result: `${s(e.seconds)} (${n(rate(e.rows, e.seconds))} rows/s, ${mb(e.bytes)})`, target: "—", ok: null },
    { measure: "Export: peak RSS", result: rss(r.export), target: "—", ok: null },
  ];
}

function welcomeRows(r: BenchResults): Row[] {
  const w = r.welcome.result;
  const batches = Math.ceil(w.learners / WELCOME_BATCH);
  const ideal = batches / w.requestsPerSecond;
  return [
    { measure: `Welcome emails to ${n(w.learners)} new active users (${n(w.archived)} imported archived get none): total time`, result: `${s(w.seconds)} (${s(w.seconds / batches)} per batch of ${WELCOME_BATCH}; the limit allows ${s(1 / w.requestsPerSecond)})`, target: `≈ ${s(ideal)} (≤ ${s(ideal * 1.2)})`, ok: w.seconds <= ideal * 1.2 },
    { measure: "Welcome emails: batch requests", result: `${n(w.batchRequests)} (${n(w.requests)} requests in all)`, target: n(batches), ok: w.batchRequests === batches },
    { measure: "Welcome emails: 429 responses", result: n(w.rateLimited), target: "0", ok: w.rateLimited === 0 },
    { measure: "Welcome emails: sent twice", result: `${n(w.duplicates)} (${n(w.emails)} emails, ${n(w.learnersSent)} users marked sent)`, target: "0, all sent", ok: w.duplicates === 0 && w.uniqueRecipients === w.learners && w.learnersSent === w.learners },
  ];
}

const MAX_API_P95_MS = 100;

function apiRows(r: BenchResults): Row[] {
  const { dryRun, import: real, users } = r.api;
  const u = users.result;
  return [
    { measure: `POST /api/v1/imports?dryRun=true, ${n(dryRun.result.rows)} rows (CSV): time to answer`, result: `${s(dryRun.result.answerSeconds)} (${n(dryRun.result.summary.create ?? 0)} to create)`, target: "—", ok: null },
    { measure: "POST /api/v1/imports?dryRun=true: peak RSS", result: rss(dryRun), target: "—", ok: null },
    {
      measure: `POST /api/v1/imports, ${n(real.result.rows)} rows: time to 202, and to completed`,
      result: `${s(real.result.answerSeconds)} to 202 · ${s(real.result.completeSeconds ?? 0)} to completed (in process)`,
      target: "—",
      ok: null,
    },
    { measure: "POST /api/v1/imports (request and in-process job): peak RSS", result: rss(real), target: "—", ok: null },
    ...u.scenarios.map((sc) => ({
      measure: `GET /api/v1/users (${n(u.learners)} users), ${sc.name}: ${n(sc.rows)} rows`,
      result: `p50 ${ms(sc.p50)} · p95 ${ms(sc.p95)} (max ${ms(sc.max)}, ${u.runs} runs)`,
      target: `p95 < ${MAX_API_P95_MS} ms`,
      ok: sc.p95 < MAX_API_P95_MS,
    })),
  ];
}

const MAX_SCIM_LOOKUP_P95_MS = 20;

export function scimRows(scim: StageOutput<ScimResult>): Row[] {
  const r = scim.result;
  const p = r.profile;
  return [
    {
      measure: `POST /scim/v2/Users × ${n(r.posts)} in sequence (an initial Entra ID cycle): per request`,
      result: `p50 ${ms(r.post.p50)} · p95 ${ms(r.post.p95)} (max ${ms(r.post.max)})`,
      target: "—",
      ok: null,
    },
    { measure: `POST /scim/v2/Users × ${n(r.posts)}: total`, result: `${s(r.postTotalSeconds)} (${n(rate(r.posts, r.postTotalSeconds))} users/s)`, target: "—", ok: null },
    {
      measure: `POST /scim/v2/Users: where the time goes (${n(p.sample)} requests, every query logged)`,
      result: `${p.queriesPerPost.toFixed(0)} queries, ${ms(p.dbMsPerPost)} of ${ms(p.wallMsPerPost)} in them; most: ${p.top
        .slice(0, 3)
        .map((t) => `${t.statement.split(" ").slice(0, 4).join(" ")}… ×${t.callsPerPost.toFixed(0)} ${ms(t.msPerPost)}`)
        .join("; ")}`,
      target: "—",
      ok: null,
    },
    ...r.lookups.map((l) => ({
      measure: `GET /scim/v2/Users?filter=userName eq "…" (${n(r.learners)} linked users), ${l.name}`,
      result: `p50 ${ms(l.p50)} · p95 ${ms(l.p95)} (max ${ms(l.max)}, ${r.runs} runs)`,
      target: `p95 < ${MAX_SCIM_LOOKUP_P95_MS} ms`,
      ok: l.p95 < MAX_SCIM_LOOKUP_P95_MS,
    })),
    { measure: "Directory sync stage: peak RSS", result: rss(scim), target: "—", ok: null },
  ];
}

export const MILLION_SECTION = "8. One million rows";
/** #12's targets at 1,000,000 rows: every stage < 400 MB, upload → review < 20 s, apply < 90 s. */
const MILLION_SECONDS: Partial<Record<MillionStep, number>> = { upload: 20, apply: 90 };
const MILLION_LABELS: Record<MillionStep, string> = {
  upload: "Upload → review (createCsvDraft + first review page, plan computed and stored)",
  start: "Confirm → the job's start step (fails invalid and duplicate rows, splits chunks)",
  apply: "Apply: every chunk, then finish",
  report: "Error report (streamed CSV of the rows that failed)",
  export: "Export of the organisation's users (streamed CSV)",
};

export function millionRows(rows: number, stages: Record<MillionStep, StageOutput<MillionStepResult>>): Row[] {
  const out: Row[] = [];
  for (const step of Object.keys(MILLION_LABELS) as MillionStep[]) {
    const stage = stages[step];
    const limit = MILLION_SECONDS[step];
    const detail = Object.entries(stage.result.detail)
      .map(([key, value]) => (typeof value === "number" ? `${key} ${key.endsWith("Seconds") ? s(value) : n(value)}` : `${key} ${Object.entries(value).map(([k, v]) => `${k} ${n(v)}`).join(", ")}`))
      .join("; ");
    out.push(
      { measure: `${MILLION_LABELS[step]}, ${n(rows)} rows: time`, result: `${s(stage.result.seconds)} (${detail})`, target: limit ? `< ${limit} s` : "—", ok: limit ? stage.result.seconds < limit : null },
      { measure: `${MILLION_LABELS[step]}: peak RSS`, result: rss(stage), target: "< 400 MB", ok: stage.peakRssBytes < MAX_RSS_BYTES },
    );
  }
  return out;
}

export const PARSE_SECTION = "1. Parse + validate to review";
export const APPLY_SECTION = "2. Apply (background import)";
export const SCIM_SECTION = "7. Directory sync (SCIM)";

export function resultRows(r: BenchResults): { section: string; rows: Row[] }[] {
  return [
    { section: PARSE_SECTION, rows: parseRows(r) },
    { section: APPLY_SECTION, rows: applyRows(r) },
    { section: "3. Users directory", rows: directoryRows(r) },
    { section: "4. Export", rows: exportRows(r) },
    { section: "5. Welcome emails", rows: welcomeRows(r) },
    { section: "6. REST API", rows: apiRows(r) },
    { section: SCIM_SECTION, rows: scimRows(r.scim) },
  ];
}

export const verdict = (ok: boolean | null) => (ok === null ? "—" : ok ? "✅" : "❌");
export const cell = (text: string) => text.replace(/\|/g, "\\|");

export function machineLines(r: BenchResults): string[] {
  const m = r.machine;
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(" / ");
  return [
    `- **Run:** ${r.startedAt.toISOString()}, commit ${m.commit}, **BENCH_SCALE=${r.scale}**${r.scale === 1 ? "" : " (row counts scaled; verdicts are indicative only below 1)"}, ${s(r.wallSeconds)} in all`,
    `- **Machine:** ${m.cpus} cores (${m.cpuModel}), ${m.memoryGiB.toFixed(1)} GiB memory (${m.freeMemoryGiB.toFixed(1)} GiB free at start), load average 1/5/15 min ${load(m.loadAverage)} at start, ${load(r.loadAfter)} at end`,
    `- **Software:** Node ${m.node}, ${m.postgres} (${Object.entries(m.postgresSettings).map(([k, v]) => `${k}=${v}`).join(", ")})`,
  ];
}

export function renderMarkdown(r: BenchResults): string {
  const sections = resultRows(r);
  const all = sections.flatMap((x) => x.rows).filter((row) => row.ok !== null);
  const lines = [
    "# Rollcall benchmark results",
    "",
    "Generated by `npm run bench` (see [README.md](README.md) for what each measure means). Do not edit by hand.",
    "",
    ...machineLines(r),
    `- **Targets met:** ${all.filter((row) => row.ok).length} of ${all.length}`,
    "",
    "| Measure | Result | Target | Verdict |",
    "| --- | --- | --- | :-: |",
  ];
  for (const { section, rows } of sections) {
    lines.push(`| **${section}** | | | |`);
    for (const row of rows) lines.push(`| ${cell(row.measure)} | ${cell(row.result)} | ${cell(row.target)} | ${verdict(row.ok)} |`);
  }
  return lines.join("\n") + "\n";
}

/** The few lines bench/README.md shows between its summary markers. */
export function renderSummary(r: BenchResults): string {
  const rows = resultRows(r).flatMap((x) => x.rows).filter((row) => row.ok !== null);
  const missed = rows.filter((row) => !row.ok);
  return [
    `Last run: ${r.startedAt.toISOString().slice(0, 10)}, BENCH_SCALE=${r.scale}, ${r.machine.cpus} cores, ${r.machine.postgres}: **${rows.length - missed.length} of ${rows.length} targets met.** Full table: [RESULTS.md](RESULTS.md).`,
    ...(missed.length ? ["", "Missed:", ...missed.map((row) => `- ${row.measure}: ${row.result} (target ${row.target})`)] : []),
  ].join("\n");
}
