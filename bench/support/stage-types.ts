// What each child stage (bench/stages/*.ts) is given and answers; shared with bench/run.ts.

export interface Orgs {
  /** Warm-up imports and exports (see support/warm-up.ts). */
  warmup: OrgRef;
  files: OrgRef;
  apply: OrgRef;
  naive: OrgRef;
  welcome: OrgRef;
  /** Imports through POST /api/v1/imports. */
  api: OrgRef;
  /** Filled by the apply stage from the file with a Groups column. */
  groups: OrgRef;
  /** Provisioned over SCIM. */
  scim: OrgRef;
}
export interface OrgRef {
  organisationId: string;
  adminId: string;
}

export interface StageOutput<R> {
  result: R;
  /** process.resourceUsage().maxRSS of the child, in bytes: the stage's peak. */
  peakRssBytes: number;
  /** RSS when the stage function started (runtime, Prisma and modules loaded). */
  startRssBytes: number;
}

export interface ParseResult { rows: number; records: number; invalid: number; seconds: number }
export interface UploadResult {
  rows: number;
  importId: string;
  /** Its warm-up draft, for the review stage's own warm-up. */
  warmUpImportId: string | null;
  uploadSeconds: number;
}
export interface ReviewResult {
  rows: number;
  /** The first view of the review (the plan stored at upload read, or computed and stored). */
  planSeconds: number;
  /** Whether the first view had to compute the plan. */
  computed: boolean;
  counts: Record<string, number>;
  /** Later pages and filters, read from the stored plan. */
  paging: { runs: number; p50Ms: number; p95Ms: number };
}
export interface StartResult {
  seconds: number;
  chunks: number;
  failed: number;
}
export interface CopyResult { rows: number; seconds: number }
export interface ApplyDraft { importId: string; organisationId: string }
/** The imports of stage 2, drafted and queued (bench/stages/apply-drafts.ts). */
export interface ApplyDrafts { warmUp: ApplyDraft; create: ApplyDraft; update: ApplyDraft; withGroups: ApplyDraft }
export interface ApplyStart { seconds: number; chunks: { fromRow: number; toRow: number }[] }
/** Each import's `start` step, timed in a process of its own (bench/stages/apply-start.ts). */
export interface ApplyStarts { create: ApplyStart; update: ApplyStart; withGroups: ApplyStart }
/** `seconds`: the apply step (every chunk, then finish); `startSeconds`: the start step before it. */
interface ApplyTiming { seconds: number; startSeconds: number; chunks: number }
export interface ApplyResult {
  rows: number;
  create: ApplyTiming & { created: number; failed: number };
  update: ApplyTiming & { updated: number; unchanged: number; failed: number };
  /** The same new users, with 1–3 groups each, into an organisation of their own. */
  withGroups: ApplyTiming & { created: number; failed: number; groups: number; memberships: number };
}
export interface NaiveResult { rows: number; createSeconds: number; updateSeconds: number }
export interface DirectoryResult {
  learners: number;
  runs: number;
  scenarios: { name: string; query: string; rows: number; total: number; p50: number; p95: number; max: number; learners: number }[];
}
export interface ExportResult { rows: number; bytes: number; seconds: number }
export interface WelcomeResult {
  /** Active new learners: the ones owed a welcome email. */
  learners: number;
  /** Imported archived: no email, by design. */
  archived: number;
  seconds: number;
  batchRequests: number;
  requests: number;
  rateLimited: number;
  emails: number;
  uniqueRecipients: number;
  duplicates: number;
  learnersSent: number;
  requestsPerSecond: number;
}
export interface ApiImportResult {
  rows: number;
  dryRun: boolean;
  status: number;
  /** From sending the request to its answer (200 plan, or 202 queued). */
  answerSeconds: number;
  /** From sending the request to the import's completion (in process); null for a dry run. */
  completeSeconds: number | null;
  summary: Record<string, number>;
}
export interface ApiUsersResult {
  learners: number;
  runs: number;
  scenarios: { name: string; rows: number; p50: number; p95: number; max: number }[];
}
export interface ScimResult {
  posts: number;
  postTotalSeconds: number;
  post: { p50: number; p95: number; max: number };
  /** Linked learners in the organisation while the lookups ran. */
  learners: number;
  runs: number;
  lookups: { name: string; p50: number; p95: number; max: number }[];
  /** A sample of POSTs on a client logging every query: how many, and how long they took in all. */
  profile: { sample: number; wallMsPerPost: number; queriesPerPost: number; dbMsPerPost: number; top: { statement: string; callsPerPost: number; msPerPost: number }[] };
}

/** Section 8: the stages of one 1,000,000-row import, each run in a process of its own. */
export type MillionStep = "upload" | "start" | "apply" | "report" | "export";
export interface MillionStepResult {
  importId: string;
  seconds: number;
  /** From the start step: the chunks the apply step is given. */
  chunks?: { fromRow: number; toRow: number }[];
  detail: Record<string, number | Record<string, number>>;
}
