import { describe, expect, it } from "vitest";
import { decodeCsvBytes, NON_CSV_MESSAGES, sniffNonCsv } from "./decode";
import { bytes, utf8 } from "./test-fixtures";

const CSV = "Email,First Name\r\nzoë@example.com,Zoë\r\n";

function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, "utf16le");
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
}

describe("decodeCsvBytes", () => {
  it("decodes UTF-8 without a BOM", () => {
    expect(decodeCsvBytes(utf8(CSV))).toEqual({ text: CSV, encoding: "utf-8" });
  });

  it("decodes UTF-8 with a BOM and drops the BOM", () => {
    expect(decodeCsvBytes(bytes([0xef, 0xbb, 0xbf], CSV))).toEqual({ text: CSV, encoding: "utf-8" });
  });

  it("decodes UTF-16 LE with a BOM", () => {
    expect(decodeCsvBytes(bytes([0xff, 0xfe], Buffer.from(CSV, "utf16le")))).toEqual({ text: CSV, encoding: "utf-16le" });
  });

  it("decodes UTF-16 BE with a BOM", () => {
    expect(decodeCsvBytes(bytes([0xfe, 0xff], utf16be(CSV)))).toEqual({ text: CSV, encoding: "utf-16be" });
  });

  it("recognises UTF-16 without a BOM from its zero bytes", () => {
    expect(decodeCsvBytes(Buffer.from(CSV, "utf16le"))).toEqual({ text: CSV, encoding: "utf-16le" });
    expect(decodeCsvBytes(utf16be(CSV))).toEqual({ text: CSV, encoding: "utf-16be" });
  });

  it("falls back to Windows-1252 when the bytes are not valid UTF-8", () => {
    // "José,Renée" as saved by older Excel versions on Windows.
    const latin = bytes("Jos", [0xe9], ",Ren", [0xe9], "e\r\n");
    expect(decodeCsvBytes(latin)).toEqual({ text: "José,Renée\r\n", encoding: "windows-1252" });
  });

  it("maps the Windows-1252 range 0x80–0x9F to the right characters (not Latin-1 controls)", () => {
    const smart = bytes([0x93], "Quote", [0x94], " costs ", [0x80], "5 ", [0x96], " O", [0x92], "Brien");
    expect(decodeCsvBytes(smart).text).toBe("“Quote” costs €5 – O’Brien");
  });

  it("treats a UTF-8 BOM as authoritative, replacing bad bytes rather than switching encoding", () => {
    const result = decodeCsvBytes(bytes([0xef, 0xbb, 0xbf], "a", [0xe9], "b"));
    expect(result).toEqual({ text: "a\uFFFDb", encoding: "utf-8" });
  });

  it("decodes an empty file as empty UTF-8 text", () => {
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ text: "", encoding: "utf-8" });
  });
});

describe("sniffNonCsv", () => {
  it("accepts ordinary CSV in any supported encoding", () => {
    expect(sniffNonCsv(utf8(CSV))).toBeNull();
    expect(sniffNonCsv(bytes([0xef, 0xbb, 0xbf], CSV))).toBeNull();
    expect(sniffNonCsv(bytes([0xff, 0xfe], Buffer.from(CSV, "utf16le")))).toBeNull();
    expect(sniffNonCsv(bytes([0xfe, 0xff], utf16be(CSV)))).toBeNull();
    expect(sniffNonCsv(Buffer.from(CSV, "utf16le"))).toBeNull();
    expect(sniffNonCsv(bytes("Jos", [0xe9]))).toBeNull();
    expect(sniffNonCsv(new Uint8Array())).toBeNull();
  });

  it("recognises an .xlsx workbook (zip) and explains how to save as CSV", () => {
    const message = sniffNonCsv(bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], "[Content_Types].xml"));
    expect(message).toBe(NON_CSV_MESSAGES.excel);
    expect(message).toContain("File → Save As → “CSV UTF-8 (Comma delimited) (*.csv)”");
  });

  it("recognises an old .xls workbook (OLE compound file)", () => {
    expect(sniffNonCsv(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]))).toBe(NON_CSV_MESSAGES.excel);
  });

  it("recognises a PDF", () => {
    expect(sniffNonCsv(utf8("%PDF-1.7\n%âãÏÓ"))).toMatch(/^This is a PDF document, not a CSV file\./);
  });

  it.each([
    ["PNG", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]],
    ["JPEG", [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]],
    ["GIF", [...utf8("GIF89a"), 1, 0, 1, 0]],
    ["WebP", [...utf8("RIFF"), 0x24, 0, 0, 0, ...utf8("WEBPVP8 ")]],
  ])("recognises a %s image", (kind, signature) => {
    expect(sniffNonCsv(Uint8Array.from(signature))).toBe(`This is a ${kind} image, not a CSV file. Open the original spreadsheet, save it as “CSV UTF-8 (Comma delimited) (*.csv)” and upload that file.`);
  });

  it("does not mistake a RIFF file that is not WebP for an image", () => {
    expect(sniffNonCsv(utf8("RIFF....WAVEfmt "))).toBeNull();
  });

  it("recognises web pages and XML spreadsheets saved with a .csv or .xls name", () => {
    expect(sniffNonCsv(utf8("\ufeff  <!DOCTYPE html><html><table>"))).toBe(NON_CSV_MESSAGES.html);
    expect(sniffNonCsv(utf8("<table><tr><td>Email</td></tr></table>"))).toBe(NON_CSV_MESSAGES.html);
    expect(sniffNonCsv(utf8('<?xml version="1.0"?><Workbook>'))).toBe(NON_CSV_MESSAGES.xml);
  });

  it("refuses binary data: NUL bytes in a file that is not UTF-16", () => {
    expect(sniffNonCsv(bytes("Email,Name\n", [0], "x"))).toBe(NON_CSV_MESSAGES.binary);
    expect(sniffNonCsv(Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0x00]))).toBe(NON_CSV_MESSAGES.binary);
  });

  it("writes every message as sentences", () => {
    const messages = [...Object.values(NON_CSV_MESSAGES).filter((m) => typeof m === "string"), NON_CSV_MESSAGES.image("PNG")];
    for (const message of messages) expect(message).toMatch(/^This .*\.$/);
  });
});
