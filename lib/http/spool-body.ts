import { mkdtemp, open, rm } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";
import type { ByteSource } from "@/lib/imports/decode";
import { fileSource } from "@/lib/server/imports/file-source";
import { BodyTooLargeError } from "./read-limited-body";

export interface SpooledBody {
  source: ByteSource;
  /** Deletes the file; call it once the body has been read. */
  dispose(): Promise<void>;
}

/**
 * Writes a request body to a temporary file as it arrives, refusing it as readLimitedBody does
 * (by Content-Length, or once the stream passes maxBytes). A 100 MB upload then costs disk, not
 * memory, and can be read twice (decode.ts settles the encoding in a first pass).
 */
export async function spoolLimitedBody(request: Request, maxBytes: number): Promise<SpooledBody> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (declared > maxBytes) throw new BodyTooLargeError();
  const dir = await mkdtemp(join(os.tmpdir(), "rollcall-upload-"));
  const path = join(dir, "body");
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    const file = await open(path, "w");
    let size = 0;
    try {
      const reader = request.body?.getReader();
      for (;;) {
        const next = await reader?.read();
        if (!next || next.done) break;
        size += next.value.byteLength;
        if (size > maxBytes) {
          await reader!.cancel();
          throw new BodyTooLargeError();
        }
        await file.write(next.value);
      }
    } finally {
      await file.close();
    }
    return { source: fileSource(path, size), dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
