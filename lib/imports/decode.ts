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

function decodeWindows1252(bytes: Uint8Array): string {
  // Node's TextDecoder("windows-1252") decodes 0x80–0x9F as Latin-1 controls instead of “ ” € etc.
  return iconv.decode(bytes, "windows-1252");
}

/** Decodes an uploaded CSV, detecting UTF-8, UTF-16 and the Windows-1252 that older Excel versions save. */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  const bom = detectBom(bytes);
  const declared = bom?.encoding ?? detectBomlessUtf16(bytes);
  const body = bytes.subarray(bom?.length ?? 0);
  // With a BOM (or UTF-16's zero bytes) the encoding is certain, so stray bad bytes become U+FFFD.
  if (declared) return { text: new TextDecoder(declared, { ignoreBOM: true }).decode(body), encoding: declared };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(body), encoding: "windows-1252" };
  }
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

  if (!detectUtf16(bytes) && bytes.indexOf(0) !== -1) {
    return NON_CSV_MESSAGES.binary;
  }
  return null;
}
