import { z } from "zod";
import type { ZodOpenApiRequestBodyObject, ZodOpenApiResponsesObject } from "zod-openapi";
import type { ApiScope } from "@/lib/api/scopes";
import {
  dryRunSchema,
  erasureSchema,
  idParamsSchema,
  importAcceptedSchema,
  importQuerySchema,
  importSchema,
  importUsersBodySchema,
  listUsersQuerySchema,
  updateUserBodySchema,
  userListSchema,
  userSchema,
} from "./schemas";

type AnyObject = z.ZodObject;

/** One operation of the API: what the route handler enforces and the OpenAPI document publishes. */
export interface Endpoint<Q extends AnyObject | undefined = AnyObject | undefined, P extends AnyObject | undefined = AnyObject | undefined> {
  method: "GET" | "POST" | "PATCH";
  /** As the document writes it: /api/v1/users/{id}. */
  path: `/api/v1/${string}`;
  operationId: string;
  summary: string;
  description: string;
  scope: ApiScope;
  query: Q;
  params: P;
  requestBody?: ZodOpenApiRequestBodyObject;
  responses: ZodOpenApiResponsesObject;
  /** The 404's sentence, for an id that names nothing in the caller's organisation. */
  notFound?: string;
  /** Problem statuses this operation answers with, beyond the ones every operation can (400, 401, 403, 429, 500). */
  problems: number[];
}

function endpoint<Q extends AnyObject | undefined = undefined, P extends AnyObject | undefined = undefined>(
  spec: Omit<Endpoint<Q, P>, "query" | "params"> & { query?: Q; params?: P },
): Endpoint<Q, P> {
  return { ...spec, query: spec.query as Q, params: spec.params as P };
}

const USER_NOT_FOUND = "No user in your organisation has this id. List users with GET /api/v1/users to find one.";
const IMPORT_NOT_FOUND = "No import in your organisation has this id. The id is in the answer to POST /api/v1/imports.";

const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });

export const listUsers = endpoint({
  method: "GET",
  path: "/api/v1/users",
  operationId: "listUsers",
  summary: "List users",
  description: "Pages through the organisation's users, oldest change first. Filter by search, status or `updatedSince`; follow `nextCursor` until it is null.",
  scope: "users:read",
  query: listUsersQuerySchema,
  responses: { 200: json(userListSchema, "A page of users.") },
  problems: [],
});

export const getUser = endpoint({
  method: "GET",
  path: "/api/v1/users/{id}",
  operationId: "getUser",
  summary: "Get a user",
  description: "One user by id.",
  scope: "users:read",
  params: idParamsSchema,
  notFound: USER_NOT_FOUND,
  responses: { 200: json(userSchema, "The user.") },
  problems: [404],
});

export const updateUser = endpoint({
  method: "PATCH",
  path: "/api/v1/users/{id}",
  operationId: "updateUser",
  summary: "Archive or restore a user",
  description: "Sets `active`. Names and profile fields change through imports, so every change lands in the user's history and can be undone.",
  scope: "users:write",
  params: idParamsSchema,
  notFound: USER_NOT_FOUND,
  requestBody: { required: true, content: { "application/json": { schema: updateUserBodySchema } } },
  responses: { 200: json(userSchema, "The user as it is now.") },
  problems: [404, 415, 422],
});

export const eraseUser = endpoint({
  method: "POST",
  path: "/api/v1/users/{id}/erase",
  operationId: "eraseUser",
  summary: "Erase a user on request",
  description:
    "For a request to erase someone's personal data (GDPR art. 17): deletes the user and removes their details from every import row, stored email, " +
    "group and activity entry, leaving counts. Can't be undone, not even by undoing an import. Needs the `users:erase` scope.",
  scope: "users:erase",
  params: idParamsSchema,
  notFound: USER_NOT_FOUND,
  responses: { 200: json(erasureSchema, "The user is erased.") },
  problems: [404],
});

export const createImport = endpoint({
  method: "POST",
  path: "/api/v1/imports",
  operationId: "createImport",
  summary: "Import users",
  description:
    "Adds and updates users from a CSV file (the template's columns; headers are matched as in the import wizard) or a JSON list. " +
    "Email identifies a user. With `dryRun=true` the answer is the review's plan and nothing is written; otherwise the import runs in the background: poll `statusUrl`. " +
    "Send an `Idempotency-Key` header to make retries safe: the same key with the same request never starts a second import.",
  scope: "imports:write",
  query: importQuerySchema,
  requestBody: {
    required: true,
    content: {
      "text/csv": { schema: z.string().meta({ example: "Email,First Name,Last Name,Active\nana.lopez@example.com,Ana,López,1\n" }) },
      "application/json": { schema: importUsersBodySchema },
    },
  },
  responses: { 200: json(dryRunSchema, "The plan (dry run)."), 202: json(importAcceptedSchema, "The import is queued.") },
  problems: [409, 413, 415, 422],
});

export const getImport = endpoint({
  method: "GET",
  path: "/api/v1/imports/{id}",
  operationId: "getImport",
  summary: "Get an import",
  description: "Status and counts, as the import's page shows them.",
  scope: "imports:write",
  params: idParamsSchema,
  notFound: IMPORT_NOT_FOUND,
  responses: { 200: json(importSchema, "The import.") },
  problems: [404],
});

export const getImportErrors = endpoint({
  method: "GET",
  path: "/api/v1/imports/{id}/errors",
  operationId: "getImportErrors",
  summary: "Download rejected rows",
  description:
    "The rows the import rejected, as CSV with the original columns and an Error column: fix them and import the file again. Available until the organisation's retention period deletes the file's contents (`dataPurgedAt`), then 410.",
  scope: "imports:write",
  params: idParamsSchema,
  notFound: IMPORT_NOT_FOUND,
  responses: { 200: { description: "The rejected rows.", content: { "text/csv": { schema: z.string() } } } },
  problems: [404, 410],
});

export const undoImportEndpoint = endpoint({
  method: "POST",
  path: "/api/v1/imports/{id}/undo",
  operationId: "undoImport",
  summary: "Undo an import",
  description:
    "Removes the users a completed import created and restores the ones it updated, unless they have changed since. Not possible once the retention period has deleted the file's contents (`dataPurgedAt`): 409.",
  scope: "imports:write",
  params: idParamsSchema,
  notFound: IMPORT_NOT_FOUND,
  responses: { 200: json(importSchema, "The undone import.") },
  problems: [404, 409],
});

export const ENDPOINTS: Endpoint[] = [listUsers, getUser, updateUser, eraseUser, createImport, getImport, getImportErrors, undoImportEndpoint];
