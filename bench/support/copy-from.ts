// COPY … FROM STDIN over node-postgres without an extra dependency: a minimal
// Submittable speaking the copy-in sub-protocol (what pg-copy-streams does).
import type pg from "pg";

interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

const CHUNK_BYTES = 64 * 1024;

class CopyFromStdin {
  readonly done: Promise<number>;
  private resolve!: (rows: number) => void;
  private reject!: (error: Error) => void;
  private error: Error | null = null;
  private rows = 0;

  constructor(
    private readonly sql: string,
    private readonly payload: Buffer,
  ) {
    this.done = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  submit(connection: CopyConnection) {
    connection.query(this.sql);
  }
  handleCopyInResponse(connection: CopyConnection) {
    for (let i = 0; i < this.payload.length; i += CHUNK_BYTES) connection.sendCopyFromChunk(this.payload.subarray(i, i + CHUNK_BYTES));
    connection.endCopyFrom();
  }
  handleCommandComplete(msg: { text: string }) {
    this.rows = Number(msg.text.split(" ")[1] ?? 0);
  }
  handleError(error: Error) {
    this.error = error;
  }
  handleReadyForQuery() {
    if (this.error) this.reject(this.error);
    else this.resolve(this.rows);
  }
  // Not sent during COPY FROM; present because the client may call them.
  handleRowDescription() {}
  handleDataRow() {}
  handleEmptyQuery() {}
  handlePortalSuspended() {}
  handleCopyData() {}
}

/** Streams `payload` (COPY text format) into the table; resolves with the row count PostgreSQL reports. */
export function copyFrom(client: pg.Client, sql: string, payload: Buffer): Promise<number> {
  const copy = new CopyFromStdin(sql, payload);
  // @types/pg's Connection lacks the copy-in methods the real one has.
  client.query(copy as unknown as pg.Submittable);
  return copy.done;
}

/** One value in COPY's text format. */
export function copyText(value: string | boolean | null): string {
  if (value === null) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  return value.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}
