import { DEFAULT_COUNT, MAX_RESULTS } from "./discovery";
import { scimError } from "./scim-error";

function integer(value: string | null, name: string, fallback: number): number {
  if (value === null || value.trim() === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n)) throw scimError(400, `${name} must be a whole number, not ${JSON.stringify(value)}.`, "invalidValue");
  return n;
}

/** startIndex and count of a list request: RFC 7644 §3.4.2.4 reads below 1 as 1 and below 0 as 0; more than maxResults gets maxResults. */
export function readPage(search: URLSearchParams): { startIndex: number; count: number } {
  return {
    startIndex: Math.max(1, integer(search.get("startIndex"), "startIndex", 1)),
    count: Math.min(MAX_RESULTS, Math.max(0, integer(search.get("count"), "count", DEFAULT_COUNT))),
  };
}

/** The attributes/excludedAttributes parameters. */
export const readProjection = (search: URLSearchParams) => ({ attributes: search.get("attributes"), excludedAttributes: search.get("excludedAttributes") });
