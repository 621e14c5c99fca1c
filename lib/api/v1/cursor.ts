import type { LearnerPosition } from "@/lib/server/learners/list-learners-after";

/** A page cursor is opaque to clients: base64url of the position's timestamp and id. */
export function encodeCursor(position: LearnerPosition): string {
  return Buffer.from(JSON.stringify([position.updatedAt.toISOString(), position.id])).toString("base64url");
}

/** The position a cursor names, or null when it isn't one this API made. */
export function decodeCursor(cursor: string): LearnerPosition | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [at, id] = value as unknown[];
    if (typeof at !== "string" || typeof id !== "string" || !id || id.length > 64) return null;
    const updatedAt = new Date(at);
    return Number.isNaN(updatedAt.getTime()) || updatedAt.toISOString() !== at ? null : { updatedAt, id };
  } catch {
    return null;
  }
}
