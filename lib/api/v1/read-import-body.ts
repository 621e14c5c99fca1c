import { type FieldDef, type Mapping, type ParsedFile } from "@/lib/imports/types";
import { jsonUsersToFile } from "@/lib/imports/json-users";
import { DEFAULT_MAX_ROWS } from "@/lib/imports/limits";
import { readImportFile } from "@/lib/server/imports/plan-records";
import { problem } from "@/lib/api/problem";
import { invalidBody } from "./issues";
import { importUsersBodySchema } from "./schemas";

export interface ImportBody {
  file: ParsedFile;
  mapping: Mapping;
  /** The uploaded file's own name, when a form sent one. */
  fileName: string | null;
}

const CSV_TYPES = ["text/csv", "application/csv", "text/plain", "application/vnd.ms-excel"];

function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

function fromCsv(bytes: Uint8Array, fields: FieldDef[], fileName: string | null): ImportBody {
  const read = readImportFile(bytes, fields);
  if (read.fileErrors.length) {
    const errors = read.fileErrors.map((message) => ({ message }));
    throw problem(read.file.tooLarge ? 413 : 422, read.file.tooLarge ? "too_large" : "file_refused", read.fileErrors[0]!, { errors });
  }
  return { file: read.file, mapping: read.mapping, fileName };
}

function fromJson(bytes: Uint8Array, fields: FieldDef[]): ImportBody {
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error) {
    const why = error instanceof SyntaxError ? error.message : "it isn't UTF-8 text";
    throw problem(400, "invalid_json", `The body isn't valid JSON (${why}). Send {"users": [{"email": …, "firstName": …, "lastName": …}]}.`);
  }
  const users = (body as { users?: unknown } | null)?.users;
  if (Array.isArray(users) && users.length > DEFAULT_MAX_ROWS)
    throw problem(413, "too_large", `This request has ${users.length.toLocaleString("en-GB")} users; one import takes at most ${DEFAULT_MAX_ROWS.toLocaleString("en-GB")}. Split them into several imports.`);
  const parsed = importUsersBodySchema.safeParse(body);
  if (!parsed.success) throw invalidBody(parsed.error);
  const converted = jsonUsersToFile(parsed.data.users, fields);
  if (!converted.ok) throw problem(422, "unknown_field", `${converted.errors[0]!.field}: ${converted.errors[0]!.message}`, { errors: converted.errors });
  return { file: converted.file, mapping: converted.mapping, fileName: null };
}

/**
 * The users an import request sends, as a parsed, mapped file: a CSV body
 * (mapped by its headers, as the CLI does), a JSON list, or a form with a
 * `file` field (what `curl -F file=@users.csv` sends).
 */
export async function readImportBody(contentType: string | null, bytes: Uint8Array, fields: FieldDef[]): Promise<ImportBody> {
  const type = mediaType(contentType);
  if (bytes.length === 0) throw problem(422, "empty_body", "The request has no body. Send a CSV file (Content-Type: text/csv) or JSON (Content-Type: application/json).");
  if (CSV_TYPES.includes(type)) return fromCsv(bytes, fields, null);
  if (type === "application/json") return fromJson(bytes, fields);
  if (type === "multipart/form-data") {
    const form = await new Response(bytes as BodyInit, { headers: { "content-type": contentType! } }).formData().catch(() => null);
    const file = form?.get("file");
    if (!(file instanceof File)) throw problem(422, "file_missing", 'This form has no file field. Send the CSV as a field named "file" (curl -F file=@users.csv).');
    return fromCsv(new Uint8Array(await file.arrayBuffer()), fields, file.name || null);
  }
  throw problem(415, "unsupported_media_type", `Send users as text/csv, application/json or multipart/form-data, not ${type || "a body without a Content-Type"}.`);
}
