import type { z } from "zod";
import { problem } from "@/lib/api/problem";
import { BodyTooLargeError, readLimitedBody } from "@/lib/http/read-limited-body";
import { invalidBody } from "./issues";

const SMALL_BODY_BYTES = 64 * 1024;

/** A small JSON request body, validated by its endpoint's schema; every way it can be wrong is a problem that says how. */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") throw problem(415, "unsupported_media_type", "Send the body as JSON, with Content-Type: application/json.");
  let bytes: Uint8Array;
  try {
    bytes = await readLimitedBody(request, SMALL_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw problem(413, "too_large", "This body is larger than 64 KB; this endpoint takes a small JSON object.");
    throw error;
  }
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw problem(400, "invalid_json", `The body isn't valid JSON (${error instanceof Error ? error.message : "unreadable"}).`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw invalidBody(parsed.error);
  return parsed.data;
}
