import { describe, expect, it } from "vitest";
import { BodyTooLargeError, readLimitedBody } from "./read-limited-body";

/** A request whose body is produced chunk by chunk on demand, counting how many bytes were pulled. */
function streamingRequest(chunkBytes: number, chunks: number, headers: Record<string, string> = {}) {
  const seen = { pulled: 0, cancelled: false };
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === chunks) return controller.close();
      sent++;
      seen.pulled += chunkBytes;
      controller.enqueue(new Uint8Array(chunkBytes).fill(65));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  const request = new Request("http://localhost/upload", { method: "POST", body, headers, duplex: "half" } as RequestInit);
  return { request, seen };
}

describe("readLimitedBody", () => {
  it("returns the whole body when it is within the limit", async () => {
    const { request } = streamingRequest(1_000, 5);
    expect((await readLimitedBody(request, 5_000)).byteLength).toBe(5_000);
  });

  it("refuses a declared Content-Length over the limit without reading the body", async () => {
    const { request, seen } = streamingRequest(1_000, 100, { "content-length": "100000" });
    await expect(readLimitedBody(request, 50_000)).rejects.toBeInstanceOf(BodyTooLargeError);
    // Only what the stream buffers by itself before anyone reads (at most one chunk), never the rest.
    expect(seen.pulled).toBeLessThanOrEqual(1_000);
  });

  it("stops reading an undeclared body as soon as it passes the limit, and cancels the rest", async () => {
    const { request, seen } = streamingRequest(1_000, 1_000);
    await expect(readLimitedBody(request, 10_000)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(seen.pulled).toBeLessThanOrEqual(12_000);
    expect(seen.cancelled).toBe(true);
  });
});
