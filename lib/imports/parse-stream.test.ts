import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { bytesSource } from "./decode";
import { parseCsvBytes } from "./parse";
import { streamCsv, type StreamCsvOptions } from "./parse-stream";
import { bytes, utf8 } from "./test-fixtures";
import type { ParsedFile } from "./types";

/** Streams the bytes in pieces of `pieceBytes` and gathers the batches back into one ParsedFile. */
async function streamed(file: Uint8Array, pieceBytes: number, opts: StreamCsvOptions = {}): Promise<ParsedFile & { batches: number }> {
  const rows: ParsedFile["rows"] = [];
  const rowIssues: ParsedFile["rowIssues"] = [];
  let batches = 0;
  const read = await streamCsv(bytesSource(file, pieceBytes), (batch) => {
    batches++;
    rows.push(...batch.rows);
    rowIssues.push(...batch.rowIssues);
  }, { parseChars: 1, batchRows: 700, ...opts });
  const { rowCount, ...rest } = read;
  if (read.fileErrors.length === 0) expect(rowCount).toBe(rows.length);
  return { ...rest, rows, rowIssues, batches };
}

/** What parseCsvBytes answers, with the rows a refused file's stream never stores left out. */
function whole(file: Uint8Array): ParsedFile {
  const parsed = parseCsvBytes(file);
  return parsed.fileErrors.length ? { ...parsed, rows: [], rowIssues: [] } : parsed;
}

async function expectSameAsWhole(file: Uint8Array, pieces: number[]) {
  const expected = whole(file);
  for (const piece of pieces) {
    const { batches, ...got } = await streamed(file, piece);
    expect({ piece, ...got }).toEqual({ piece, ...expected });
    if (expected.rows.length > 700) expect(batches).toBeGreaterThan(1);
  }
}

/** A file longer than the reader's start buffer (128K characters), so piece ends fall inside rows. */
function bigCsv(rows: number, eol = "\r\n"): string {
  const lines = ["Email,First Name,Notes,City"];
  for (let i = 0; i < rows; i++) {
    const notes = i % 7 === 0 ? `"line one${eol}line two, ""quoted"" ${i}"` : i % 5 === 0 ? `"plain, with comma"` : `note ${i}`;
    lines.push(`zoë.${i}@example.com,Zoë ${i} 😀,${notes},Zürich`);
  }
  return lines.join(eol) + eol;
}

describe("streamCsv: the same rows, row numbers and messages as parsing the file whole", () => {
  it("splits pieces inside quoted cells, escaped quotes, CRLF pairs and multi-byte characters", async () => {
    const file = utf8(bigCsv(3_000));
    await expectSameAsWhole(file, [1, 2, 3, 5, 997, 4096, 65_537]);
  });

  it("reads LF and classic-Mac CR files across pieces", async () => {
    await expectSameAsWhole(utf8(bigCsv(2_500, "\n")), [3, 1000]);
    await expectSameAsWhole(utf8(bigCsv(2_500, "\r")), [3, 1000]);
  });

  it("detects Windows-1252 from a byte near the end, after thousands of rows read as UTF-8 would be", async () => {
    const ascii = bigCsv(3_000).replace(/[^\x00-\x7f]/g, "e");
    const file = bytes(ascii, "late@x.com,Ren", [0xe9], "e,note,Paris\r\n");
    const parsed = await streamed(file, 4096);
    expect(parsed.encoding).toBe("windows-1252");
    expect(parsed.rows.at(-1)!.cells).toEqual(["late@x.com", "Renée", "note", "Paris"]);
    await expectSameAsWhole(file, [1, 4096]);
  });

  it("drops a UTF-8 BOM split over pieces, and reads UTF-16 with and without a BOM", async () => {
    const text = bigCsv(2_000);
    await expectSameAsWhole(bytes([0xef, 0xbb, 0xbf], text), [1, 2, 4096]);
    await expectSameAsWhole(bytes([0xff, 0xfe], Buffer.from(text, "utf16le")), [1, 3, 4097]);
    await expectSameAsWhole(iconv.encode(`\uFEFF${text}`, "utf-16be"), [1, 4097]);
    await expectSameAsWhole(Buffer.from(text, "utf16le"), [5, 4096]);
    expect((await streamed(bytes([0xef, 0xbb, 0xbf], "Email\na@x.com\n"), 1)).headers).toEqual(["Email"]);
  });

  it("reports an unclosed quote that swallows the rest of a long file, handing out no row from there on", async () => {
    const plain = Array.from({ length: 2_000 }, (_, i) => `p${i}@x.com,P,note,City`).join("\r\n");
    const text = `${bigCsv(3_000)}open@x.com,"Unclosed,note,City\r\n${plain}\r\n`;
    const parsed = await streamed(utf8(text), 4096);
    expect(parsed.fileErrors).toEqual(parseCsvBytes(utf8(text)).fileErrors);
    expect(parsed.fileErrors.join(" ")).toMatch(/^Row 3002: a quoted cell is not closed properly/);
    expect(parsed.rows.at(-1)!.rowNumber).toBeLessThan(3002);
  });

  it("keeps per-row issues with their rows' batches", async () => {
    const text = bigCsv(2_000).replace("zoë.1501@example.com,Zoë 1501 😀,note 1501,Zürich", "zoë.1501@example.com,short");
    const parsed = await streamed(utf8(text), 1000);
    expect(parsed.rowIssues).toEqual([{ rowNumber: 1503, message: expect.stringMatching(/^Row 1503 has 2 cells but the header has 4/) }]);
    await expectSameAsWhole(utf8(text), [1000]);
  });

  it("refuses too many rows, files over the size limit and files that are not CSV, as parseCsvBytes does", async () => {
    const file = utf8(bigCsv(2_000));
    expect(await streamed(file, 4096, { maxRows: 1_999 })).toMatchObject({ rows: [], tooLarge: true, fileErrors: ["This file has more than 1,999 rows. Split it into smaller files and upload each."] });
    expect((await streamed(file, 4096, { maxBytes: 1000 })).fileErrors).toEqual(parseCsvBytes(file, { maxBytes: 1000 }).fileErrors);
    const zip = bytes([0x50, 0x4b, 0x03, 0x04], "rest of zip");
    expect((await streamed(zip, 2)).fileErrors).toEqual(parseCsvBytes(zip).fileErrors);
    for (const small of ["", "email\n", "Email,email\na,b\n", "email\na@x.com"]) await expectSameAsWhole(utf8(small), [1, 2]);
  });
});
