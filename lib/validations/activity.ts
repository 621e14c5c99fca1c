import { z } from "zod";
import { ACTIVITY_KIND_KEYS } from "@/lib/activity/activity-kinds";

export const ACTIVITY_PAGE_SIZES = [25, 50, 100] as const;
export type ActivityPageSize = (typeof ACTIVITY_PAGE_SIZES)[number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar day typed in a date input ("2026-12-01"), or "" when it isn't one. */
const day = z
  .string()
  .trim()
  .refine((value) => DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value))
  .catch("");

/**
 * The activity log's filters as they live in the URL. Like the users list,
 * every key falls back to its default instead of failing, so an edited or
 * outdated link still opens. `person` is "admin:<id>" or "token:<id>".
 */
export const activityQuerySchema = z.object({
  person: z
    .string()
    .trim()
    .regex(/^(admin|token):[A-Za-z0-9_-]{1,64}$/)
    .catch(""),
  kind: z.enum(ACTIVITY_KIND_KEYS as [string, ...string[]]).or(z.literal("")).catch(""),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  pageSize: z.coerce.number().pipe(z.literal(ACTIVITY_PAGE_SIZES)).catch(50),
});
export type ActivityQuery = z.output<typeof activityQuerySchema>;
export type ActivityFilter = Pick<ActivityQuery, "person" | "kind" | "from" | "to">;

export const DEFAULT_ACTIVITY_QUERY: ActivityQuery = activityQuerySchema.parse({});

type RawSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** Reads the log's state from a page's searchParams or a request URL; a repeated key counts once. */
export function parseActivityQuery(params: RawSearchParams): ActivityQuery {
  const first = (key: string) => {
    if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
    const value = params[key];
    return Array.isArray(value) ? value[0] : value;
  };
  return activityQuerySchema.parse(Object.fromEntries(["person", "kind", "from", "to", "page", "pageSize"].map((key) => [key, first(key)])));
}

/** The URL query for a state of the log, leaving out defaults so shared links stay short. */
export function activitySearch(query: Partial<ActivityQuery>): string {
  const params = new URLSearchParams();
  for (const key of ["person", "kind", "from", "to", "page", "pageSize"] as const) {
    const value = query[key];
    if (value !== undefined && value !== "" && value !== DEFAULT_ACTIVITY_QUERY[key]) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** The person filter split into what it names. */
export function parsePerson(person: string): { admin?: string; token?: string } {
  const [type, id] = person.split(":");
  if (!id) return {};
  return type === "admin" ? { admin: id } : type === "token" ? { token: id } : {};
}
