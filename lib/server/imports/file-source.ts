import { createReadStream, statSync } from "node:fs";
import type { ByteSource } from "@/lib/imports/decode";

const READ_CHUNK_BYTES = 64 * 1024;

/** A file on disk as a ByteSource: read in 1 MB chunks, as often as the reader needs. */
export function fileSource(path: string, size = statSync(path).size): ByteSource {
  return { size, chunks: () => createReadStream(path, { highWaterMark: READ_CHUNK_BYTES }) as AsyncIterable<Buffer> };
}
