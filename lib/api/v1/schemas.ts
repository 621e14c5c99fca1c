import "zod-openapi";
import { z } from "zod";
import { DEFAULT_MAX_ROWS } from "@/lib/imports/limits";

/**
 * Every request and response of /api/v1, once: the route handlers validate
 * with these and lib/api/v1/openapi.ts builds the published document from
 * them, so the two can't drift apart.
 */

const timestamp = z.iso.datetime().meta({ example: "2026-12-01T09:30:00.000Z" });
const id = z.string().min(1).max(64);

/** Query flags as people type them: true/false, 1/0, yes/no. */
const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"], { error: "Use true or false." })
  .transform((value) => value === "true" || value === "1" || value === "yes");

// ---- Users ----------------------------------------------------------------

export const erasureSchema = z
  .object({
    id: z.string(),
    erased: z.literal(true),
  })
  .meta({ id: "Erasure", description: "The user is deleted and their personal data removed; the activity log records that one person was erased." });

export const userSchema = z
  .object({
    id: z.string(),
    email: z.string().meta({ example: "ana.lopez@example.com" }),
    firstName: z.string().meta({ example: "Ana" }),
    lastName: z.string().meta({ example: "López" }),
    active: z.boolean().meta({ description: "false when the user is archived." }),
    fields: z.record(z.string(), z.string()).meta({ description: "Custom profile field values by field key.", example: { department: "Nursing" } }),
    groups: z.array(z.string()).meta({ description: "Names of the user's groups.", example: ["Fire wardens"] }),
    welcome: z
      .object({
        status: z.enum(["not_sent", "queued", "sent", "failed", "activated"]),
        sentAt: timestamp.nullable(),
      })
      .meta({ description: "The welcome email, or `activated` once the user has set their password." }),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "User" });

export const listUsersQuerySchema = z.object({
  q: z.string().trim().max(200, "Keep q to 200 characters or fewer.").optional().meta({ description: "Search names and emails (ignoring accents and case)." }),
  status: z.enum(["active", "archived", "all"], { error: "status is active, archived or all." }).default("all"),
  updatedSince: z.iso
    .datetime({ offset: true, error: "updatedSince must be an ISO 8601 date and time, like 2026-12-01T00:00:00Z." })
    .optional()
    .meta({ description: "Only users changed at or after this time: pass the time of your last run to sync changes." }),
  limit: z.coerce.number({ error: "limit must be a number." }).int("limit must be a whole number.").min(1, "limit is at least 1.").max(500, "limit is at most 500.").default(100),
  cursor: z.string().max(200).optional().meta({ description: "`nextCursor` from the previous page." }),
});

export const userListSchema = z
  .object({
    data: z.array(userSchema),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
  })
  .meta({ id: "UserList", description: "Users in the order they last changed (oldest first)." });

export const idParamsSchema = z.object({ id: id.meta({ description: "The id from a list or an earlier response." }) });

export const updateUserBodySchema = z
  .strictObject({ active: z.boolean({ error: "active must be true (restore) or false (archive)." }) })
  .meta({ id: "UserUpdate", description: "Archive (`false`) or restore (`true`) a user. Archived users keep their history." });

// ---- Imports --------------------------------------------------------------

export const importQuerySchema = z.object({
  mode: z.enum(["upsert", "create", "update"], { error: "mode is upsert, create or update." }).default("upsert").meta({ description: "upsert: add new and update existing users; create: only add; update: only update." }),
  welcome: flag.default(false).meta({ description: "Send welcome emails to the users the import creates." }),
  dryRun: flag.default(false).meta({ description: "Answer with the plan and write nothing." }),
  fileName: z.string().max(255, "Keep fileName to 255 characters or fewer.").optional().meta({ description: "Shown on the import's page." }),
  groups: z.enum(["set", "add"], { error: "groups is set or add." }).default("set").meta({ description: "A filled Groups cell (or `groups` list) sets the user's groups to exactly those (`set`) or only adds them (`add`)." }),
  newGroups: z.enum(["create", "error"], { error: "newGroups is create or error." }).default("create").meta({ description: "Group names that match no group: create the groups, or reject those rows." }),
});

const fieldValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const importUserSchema = z.strictObject({
  email: z.string({ error: "email is required." }).max(320),
  firstName: z.string().max(200).optional(),
  lastName: z.string().max(200).optional(),
  active: z.boolean({ error: "active is true or false." }).optional().meta({ description: "false archives the user; leave it out to keep their status." }),
  fields: z.record(z.string(), fieldValue).optional().meta({ description: "Custom profile field values by field key. Leave a key out (or null) to keep its value." }),
  groups: z
    .array(z.string().max(200).refine((name) => !name.includes(";"), "A group name can't contain “;”."))
    .max(100)
    .optional()
    .meta({ description: "Group names. Left out or empty, the user's groups stay as they are (as with a blank Groups cell); see the `groups` query parameter." }),
});

export const importUsersBodySchema = z
  .strictObject({
    users: z.array(importUserSchema).min(1, "Send at least one user.").max(DEFAULT_MAX_ROWS, `Send at most ${DEFAULT_MAX_ROWS.toLocaleString("en-GB")} users per import.`),
  })
  .meta({ id: "ImportUsers" });

export const planSummarySchema = z
  .object({
    create: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
    archive: z.number().int().meta({ description: "Of the updates, how many archive a user." }),
    skip: z.number().int().meta({ description: "Rows the mode leaves out (a new user in update mode, an existing one in create mode)." }),
    error: z.number().int(),
  })
  .meta({ id: "PlanSummary", description: "What the import does, row by row, counted." });

const rowIssueSchema = z.object({ field: z.string(), message: z.string() });

export const dryRunSchema = z
  .object({
    dryRun: z.literal(true),
    summary: planSummarySchema,
    mapping: z.array(z.object({ column: z.string(), field: z.string() })).meta({ description: "Which column fills which field." }),
    newGroups: z.array(z.string()).meta({ description: "Groups the import would create." }),
    rowsWithErrors: z.number().int(),
    errors: z
      .array(z.object({ row: z.number().int().meta({ description: "Record number: the header is 1, the first user 2 (users[0] of a JSON body)." }), email: z.string(), errors: z.array(rowIssueSchema) }))
      .meta({ description: "The rows that would be rejected (the first 1,000)." }),
  })
  .meta({ id: "ImportPlan" });

export const importAcceptedSchema = z
  .object({
    id: z.string(),
    status: z.literal("queued"),
    statusUrl: z.string(),
    errorsUrl: z.string(),
    summary: planSummarySchema,
  })
  .meta({ id: "ImportAccepted" });

export const importSchema = z
  .object({
    id: z.string(),
    status: z.enum(["draft", "queued", "running", "completed", "failed", "undone"]),
    source: z.enum(["csv", "textbox", "cli", "api", "scim"]),
    fileName: z.string().nullable(),
    totalRows: z.number().int(),
    processedRows: z.number().int(),
    counts: z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), skipped: z.number().int(), failed: z.number().int() }),
    error: z.string().nullable().meta({ description: "Why a failed import stopped." }),
    undo: z
      .object({
        deleted: z.number().int(),
        archived: z.number().int(),
        restored: z.number().int(),
        keptChanged: z.number().int(),
        erased: z.number().int().optional().meta({ description: "People it created or updated who had been erased on request since: skipped, they can't come back." }),
      })
      .nullable(),
    createdAt: timestamp,
    startedAt: timestamp.nullable(),
    finishedAt: timestamp.nullable(),
    undoneAt: timestamp.nullable(),
    dataPurgedAt: timestamp.nullable().meta({ description: "When the retention policy deleted the file's contents: no undo or error report after it; status and counts stay." }),
    errorsUrl: z.string(),
  })
  .meta({ id: "Import" });

// ---- Errors ---------------------------------------------------------------

export const problemSchema = z
  .object({
    type: z.literal("about:blank"),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().meta({ description: "What went wrong and what to do, in a sentence." }),
    code: z.string().meta({ description: "A stable word for programs, like `token_revoked` or `invalid_query`." }),
    errors: z.array(z.object({ field: z.string().optional(), row: z.number().int().optional(), message: z.string() })).optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details." });

