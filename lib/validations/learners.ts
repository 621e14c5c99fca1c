import { z } from "zod";

export const LEARNER_STATUSES = ["active", "archived", "all"] as const;
export type LearnerStatus = (typeof LEARNER_STATUSES)[number];

export const LEARNER_SORTS = ["name", "email", "created", "updated"] as const;
export type LearnerSort = (typeof LEARNER_SORTS)[number];

export const SORT_DIRECTIONS = ["asc", "desc"] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export const MAX_SEARCH_LENGTH = 200;

/**
 * The users list's state as it lives in the URL. Every key falls back to its
 * default instead of failing, so a hand-edited or outdated link still opens.
 */
export const learnerListQuerySchema = z.object({
  q: z.string().trim().max(MAX_SEARCH_LENGTH).catch(""),
  status: z.enum(LEARNER_STATUSES).catch("active"),
  sort: z.enum(LEARNER_SORTS).catch("name"),
  dir: z.enum(SORT_DIRECTIONS).catch("asc"),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  pageSize: z.coerce.number().pipe(z.literal(PAGE_SIZES)).catch(PAGE_SIZES[0]),
  /** A group's id ("" = every group). */
  group: z.string().trim().max(64).catch(""),
});
export type LearnerListQuery = z.output<typeof learnerListQuerySchema>;

export const DEFAULT_LIST_QUERY: LearnerListQuery = learnerListQuerySchema.parse({});

type RawSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** Reads the list state from a page's searchParams or a request URL; a repeated key counts once. */
export function parseLearnerListQuery(params: RawSearchParams): LearnerListQuery {
  const first = (key: string) => {
    if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
    const value = params[key];
    return Array.isArray(value) ? value[0] : value;
  };
  return learnerListQuerySchema.parse({
    q: first("q"),
    status: first("status"),
    sort: first("sort"),
    dir: first("dir"),
    page: first("page"),
    pageSize: first("pageSize"),
    group: first("group"),
  });
}

/** The URL query for a list state, leaving out defaults so shared links stay short. */
export function learnerListSearch(query: Partial<LearnerListQuery>): string {
  const params = new URLSearchParams();
  for (const key of ["q", "status", "group", "sort", "dir", "page", "pageSize"] as const) {
    const value = query[key];
    if (value !== undefined && value !== "" && value !== DEFAULT_LIST_QUERY[key]) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** Ids chosen in the users table; one page holds at most 100, the cap leaves room for "select all". */
export const learnerIdsSchema = z.object({
  ids: z.array(z.string().min(1).max(64)).min(1, "Select at least one user.").max(1000, "Select at most 1,000 users at a time."),
});
export type LearnerIdsInput = z.infer<typeof learnerIdsSchema>;

/** Unarchive, optionally with a first welcome email for the users who never had one. */
export const unarchiveLearnersSchema = learnerIdsSchema.extend({ sendWelcome: z.boolean().default(false) });

/** Erasing: the ids and what the admin typed to confirm (checked on the server too: lib/privacy/erasure-confirmation.ts). */
export const eraseLearnersSchema = learnerIdsSchema.extend({
  confirmation: z.string().max(400, "That's longer than any confirmation."),
});
export type EraseLearnersInput = z.infer<typeof eraseLearnersSchema>;
