import { BodyTooLargeError, readLimitedBody } from "@/lib/http/read-limited-body";
import { scimError } from "./scim-error";

const USER_LIMIT = { bytes: 64 * 1024, sentence: "This body is larger than 64 KB; a SCIM request here is one user." };
/** A group's members travel in its body: 1 MB holds some 15,000 of them. */
export const GROUP_BODY_LIMIT = { bytes: 1024 * 1024, sentence: "This body is larger than 1 MB; send the members in several PATCH requests of a few thousand each." };

/** A SCIM request body: application/scim+json (or plain JSON, which some clients send), one JSON object. */
export async function readScimBody(request: Request, limit: { bytes: number; sentence: string } = USER_LIMIT): Promise<Record<string, unknown>> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/scim+json" && type !== "application/json") throw scimError(415, "Send the body as JSON, with Content-Type: application/scim+json.");
  let bytes: Uint8Array;
  try {
    bytes = await readLimitedBody(request, limit.bytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw scimError(413, limit.sentence);
    throw error;
  }
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw scimError(400, `The body isn't valid JSON (${error instanceof Error ? error.message : "unreadable"}).`, "invalidSyntax");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw scimError(400, "The body must be one JSON object.", "invalidSyntax");
  return body as Record<string, unknown>;
}
