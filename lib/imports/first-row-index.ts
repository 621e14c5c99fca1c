const encoder = new TextEncoder();

/**
 * Which row each email key first appeared on, for files of up to a million rows: the keys live as
 * UTF-8 in one growing byte array, found through an open-addressing hash table of typed arrays.
 * About 40 bytes a row, where a Map of strings costs several hundred (each key an object, and a
 * cell's key a slice that keeps the whole parsed text alive).
 */
export class FirstRowIndex {
  private bytes = new Uint8Array(64 * 1024);
  private used = 0;
  private starts = new Int32Array(1024);
  private lengths = new Int32Array(1024);
  private rows = new Int32Array(1024);
  private count = 0;
  /** Entry index + 1 per slot; 0 is empty. Kept at most half full. */
  private table = new Int32Array(2048);
  private scratch = new Uint8Array(256);

  get size(): number {
    return this.count;
  }

  get(key: string): number | undefined {
    const length = this.encode(key);
    const entry = this.find(length, hashOf(this.scratch, length));
    return entry < 0 ? undefined : this.rows[entry];
  }

  /** Remembers the key's first row; a key already present keeps its row. */
  set(key: string, rowNumber: number): void {
    const length = this.encode(key);
    const hash = hashOf(this.scratch, length);
    if (this.find(length, hash) >= 0) return;
    if ((this.count + 1) * 2 > this.table.length) this.rehash();
    this.append(length, rowNumber);
    this.place(this.count - 1, hash);
  }

  private encode(key: string): number {
    if (this.scratch.length < key.length * 3) this.scratch = new Uint8Array(key.length * 3);
    return encoder.encodeInto(key, this.scratch).written;
  }

  private find(length: number, hash: number): number {
    const mask = this.table.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot]! - 1;
      if (entry < 0) return -1;
      if (this.lengths[entry] === length && this.sameBytes(this.starts[entry]!, length)) return entry;
    }
  }

  private sameBytes(start: number, length: number): boolean {
    for (let i = 0; i < length; i++) if (this.bytes[start + i] !== this.scratch[i]) return false;
    return true;
  }

  private append(length: number, rowNumber: number): void {
    if (this.used + length > this.bytes.length) this.bytes = grown(this.bytes, this.used + length);
    if (this.count === this.rows.length) {
      this.starts = grown(this.starts, this.count + 1);
      this.lengths = grown(this.lengths, this.count + 1);
      this.rows = grown(this.rows, this.count + 1);
    }
    this.bytes.set(this.scratch.subarray(0, length), this.used);
    this.starts[this.count] = this.used;
    this.lengths[this.count] = length;
    this.rows[this.count] = rowNumber;
    this.used += length;
    this.count++;
  }

  private place(entry: number, hash: number): void {
    const mask = this.table.length - 1;
    let slot = hash & mask;
    while (this.table[slot] !== 0) slot = (slot + 1) & mask;
    this.table[slot] = entry + 1;
  }

  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2);
    for (let entry = 0; entry < this.count; entry++) {
      const start = this.starts[entry]!;
      this.place(entry, hashOf(this.bytes.subarray(start, start + this.lengths[entry]!), this.lengths[entry]!));
    }
  }
}

/** FNV-1a, 32 bits. */
function hashOf(bytes: Uint8Array, length: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < length; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return hash >>> 0;
}

function grown<T extends Uint8Array | Int32Array>(array: T, atLeast: number): T {
  const next = new (array.constructor as new (length: number) => T)(Math.max(atLeast, array.length * 2));
  next.set(array);
  return next;
}
