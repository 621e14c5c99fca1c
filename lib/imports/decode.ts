import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";

export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
}

const SAVE_AS_CSV = "“CSV UTF-8 (Comma delimited) (*.csv)”";

export const NON_CSV_MESSAGES = {
  excel: `This is an Excel workbook, not a CSV file. In Excel choose File → Save As → ${SAVE_AS_CSV} and upload that file.`,
  pdf: `This is a PDF document, not a CSV file. Open the original spreadsheet, save it as ${SAVE_AS_CSV} and upload that file.`,
  image: (kind: string) =>
    `This is a ${kind} image, not a CSV file. Open the original spreadsheet, save it as ${SAVE_AS_CSV} and upload that file.`,
  html: `This is a web page (HTML), not a CSV file. Open it in Excel, choose File → Save As → ${SAVE_AS_CSV} and upload that file.`,
  xml: `This is an XML file, not a CSV file. Open it in Excel, choose File → Save As → ${SAVE_AS_CSV} and upload that file.`,
  binary: `This file contains binary data, so it is not a CSV file. Save your spreadsheet as ${SAVE_AS_CSV} and upload that file.`,
} as const;

function startsWithBytes(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, i) => bytes[offset + i] === byte);
}

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

type Bom = { encoding: CsvEncoding; length: number };

function detectBom(bytes: Uint8Array): Bom | null {
  if (startsWithBytes(bytes, [0xef, 0xbb, 0xbf])) return { encoding: "utf-8", length: 3 };
  if (startsWithBytes(bytes, [0xff, 0xfe])) return { encoding: "utf-16le", length: 2 };
  if (startsWithBytes(bytes, [0xfe, 0xff])) return { encoding: "utf-16be", length: 2 };
  return null;
}

/**
 * Some tools write UTF-16 without a byte order mark. Mostly-Latin text then has a
 * zero byte in every other position, which no real CSV in a single-byte encoding has.
 */
function detectBomlessUtf16(bytes: Uint8Array): CsvEncoding | null {
  const sampleLength = Math.min(bytes.length, 4096) & ~1;
  if (sampleLength < 4) return null;
  let zerosAtEven = 0;
  let zerosAtOdd = 0;
  for (let i = 0; i < sampleLength; i += 2) {
    if (bytes[i] === 0) zerosAtEven++;
    if (bytes[i + 1] === 0) zerosAtOdd++;
  }
  const pairs = sampleLength / 2;
  const fewZeros = pairs * 0.05;
  if (zerosAtOdd >= pairs * 0.6 && zerosAtEven <= fewZeros) return "utf-16le";
  if (zerosAtEven >= pairs * 0.6 && zerosAtOdd <= fewZeros) return "utf-16be";
  return null;
}

function detectUtf16(bytes: Uint8Array): Bom | null {
  const bom = detectBom(bytes);
  if (bom) return bom.encoding === "utf-8" ? null : bom;
  const encoding = detectBomlessUtf16(bytes);
  return encoding ? { encoding, length: 0 } : null;
}

/** An uploaded file that can be read more than once, in chunks: the encoding is only certain once every byte was seen. */
export interface ByteSource {
  size: number;
  chunks(): AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

const CHUNK_BYTES = 1024 * 1024;

export function bytesSource(bytes: Uint8Array, chunkBytes = CHUNK_BYTES): ByteSource {
  return {
    size: bytes.length,
    *chunks() {
      for (let start = 0; start < bytes.length; start += chunkBytes) yield bytes.subarray(start, start + chunkBytes);
    },
  };
}

/** Enough of the start of a file to recognise what it is (BOMs, UTF-16's zero bytes, signatures). */
const HEAD_BYTES = 4096;

/** What one pass over a file's bytes tells before any of it is decoded. */
export interface ByteScan {
  head: Uint8Array;
  containsZero: boolean;
  validUtf8: boolean;
  /** A quote mark and a carriage return somewhere (exact for single-byte-compatible encodings, assumed for UTF-16). */
  mayHaveQuotedLineBreaks: boolean;
}

/** How many bytes at the end start a UTF-8 sequence the next chunk completes. */
function incompleteUtf8Tail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    if (byte < 0xc0) return 0;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return length > back ? back : 0;
  }
  return 0;
}

/** Scans a file chunk by chunk, keeping only its head: a UTF-8 check over 100 MB costs milliseconds, not a decoded copy. */
export class ByteScanner {
  private head = new Uint8Array(HEAD_BYTES);
  private headLength = 0;
  private carry: Uint8Array = new Uint8Array();
  private containsZero = false;
  private validUtf8 = true;
  private containsQuote = false;
  private containsCarriageReturn = false;

  push(chunk: Uint8Array): void {
    if (this.headLength < HEAD_BYTES) {
      const taken = chunk.subarray(0, HEAD_BYTES - this.headLength);
      this.head.set(taken, this.headLength);
      this.headLength += taken.length;
    }
    if (!this.containsZero && chunk.indexOf(0) !== -1) this.containsZero = true;
    if (!this.containsQuote && chunk.indexOf(0x22) !== -1) this.containsQuote = true;
    if (!this.containsCarriageReturn && chunk.indexOf(0x0d) !== -1) this.containsCarriageReturn = true;
    if (this.validUtf8) this.checkUtf8(chunk);
  }

  private checkUtf8(chunk: Uint8Array): void {
    let body = chunk;
    if (this.carry.length) {
      // Only the split character is copied: the rest of the chunk is checked where it lies.
      const needed = Math.min(chunk.length, 4 - this.carry.length);
      const joined = new Uint8Array(this.carry.length + needed);
      joined.set(this.carry);
      joined.set(chunk.subarray(0, needed), this.carry.length);
      const tail = incompleteUtf8Tail(joined);
      const complete = joined.length - tail;
      if (!isUtf8(joined.subarray(0, complete))) {
        this.validUtf8 = false;
        return;
      }
      const consumed = complete - this.carry.length;
      if (consumed < 0) {
        this.carry = joined;
        return;
      }
      body = chunk.subarray(consumed);
      this.carry = new Uint8Array();
    }
    const tail = incompleteUtf8Tail(body);
    if (!isUtf8(body.subarray(0, body.length - tail))) this.validUtf8 = false;
    else this.carry = body.slice(body.length - tail);
  }

  end(): ByteScan {
    const head = this.head.slice(0, this.headLength);
    const utf16 = detectUtf16(head) !== null;
    return {
      head,
      containsZero: this.containsZero,
      validUtf8: this.validUtf8 && this.carry.length === 0,
      mayHaveQuotedLineBreaks: utf16 || (this.containsQuote && this.containsCarriageReturn),
    };
  }
}

export function scanBytes(bytes: Uint8Array): ByteScan {
  const scanner = new ByteScanner();
  scanner.push(bytes);
  return scanner.end();
}

export interface CsvTextDecoder {
  encoding: CsvEncoding;
  write(chunk: Uint8Array): string;
  end(): string;
}

/**
 * The decoder a scanned file needs: UTF-8, UTF-16 and the Windows-1252 that older Excel versions
 * save. Feed it the whole file, BOM included, chunk by chunk; characters split between chunks
 * come out whole.
 */
export function csvTextDecoder(scan: ByteScan): CsvTextDecoder {
  const bom = detectBom(scan.head);
  const declared = bom?.encoding ?? detectBomlessUtf16(scan.head);
  let bomBytesLeft = bom?.length ?? 0;
  const skipBom = (chunk: Uint8Array) => {
    if (bomBytesLeft === 0) return chunk;
    const skipped = Math.min(bomBytesLeft, chunk.length);
    bomBytesLeft -= skipped;
    return chunk.subarray(skipped);
  };
  if (!declared && !scan.validUtf8) {
    // Node's TextDecoder("windows-1252") decodes 0x80–0x9F as Latin-1 controls instead of “ ” € etc.
    const decoder = iconv.getDecoder("windows-1252");
    return {
      encoding: "windows-1252",
      write: (chunk) => decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)),
      end: () => decoder.end() ?? "",
    };
  }
  const encoding = declared ?? "utf-8";
  // With a BOM (or UTF-16's zero bytes) the encoding is certain, so stray bad bytes become U+FFFD.
  const decoder = new TextDecoder(encoding, { ignoreBOM: declared !== null });
  return {
    encoding,
    write: (chunk) => decoder.decode(skipBom(chunk), { stream: true }),
    end: () => decoder.decode(),
  };
}

/** Decodes an uploaded CSV, detecting UTF-8, UTF-16 and the Windows-1252 that older Excel versions save. */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  const decoder = csvTextDecoder(scanBytes(bytes));
  return { text: decoder.write(bytes) + decoder.end(), encoding: decoder.encoding };
}

const IMAGE_SIGNATURES: { kind: string; matches: (bytes: Uint8Array) => boolean }[] = [
  { kind: "PNG", matches: (b) => startsWithBytes(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { kind: "JPEG", matches: (b) => startsWithBytes(b, [0xff, 0xd8, 0xff]) },
  { kind: "GIF", matches: (b) => startsWithBytes(b, ascii("GIF87a")) || startsWithBytes(b, ascii("GIF89a")) },
  { kind: "WebP", matches: (b) => startsWithBytes(b, ascii("RIFF")) && startsWithBytes(b, ascii("WEBP"), 8) },
];

function markupStart(bytes: Uint8Array): string {
  const bom = detectBom(bytes);
  if (bom && bom.encoding !== "utf-8") return "";
  const head = new TextDecoder("utf-8").decode(bytes.subarray(bom?.length ?? 0, 512));
  return head.trimStart().slice(0, 16).toLowerCase();
}

/**
 * Recognises files that are clearly not CSV (workbooks, PDFs, images, web pages,
 * binary data) and returns a message telling the admin what to upload instead.
 */
export function sniffNonCsv(bytes: Uint8Array): string | null {
  return sniffScannedNonCsv(scanBytes(bytes));
}

/** sniffNonCsv from a scan: the head and whether a zero byte appeared anywhere. */
export function sniffScannedNonCsv({ head: bytes, containsZero }: Pick<ByteScan, "head" | "containsZero">): string | null {
  if (startsWithBytes(bytes, [0x50, 0x4b, 0x03, 0x04])) return NON_CSV_MESSAGES.excel;
  if (startsWithBytes(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return NON_CSV_MESSAGES.excel;
  if (startsWithBytes(bytes, ascii("%PDF"))) return NON_CSV_MESSAGES.pdf;
  const image = IMAGE_SIGNATURES.find((signature) => signature.matches(bytes));
  if (image) return NON_CSV_MESSAGES.image(image.kind);

  const start = markupStart(bytes);
  if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<table")) {
    return NON_CSV_MESSAGES.html;
  }
  if (start.startsWith("<?xml")) return NON_CSV_MESSAGES.xml;

  if (!detectUtf16(bytes) && containsZero) {
    return NON_CSV_MESSAGES.binary;
  }
  return null;
}
