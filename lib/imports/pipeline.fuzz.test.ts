// Property tests: random and mutated input through decode → parse → match → buildRecords → diffRecord.
// The pipeline must never throw, and whenever it refuses something it must say why.
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { buildRecords } from "./build-records";
import { diffRecord } from "./diff-record";
import { matchHeaders } from "./match-headers";
import { parseCsvBytes } from "./parse";
import { ALL_FIELDS, BUILT_IN_FIELDS, utf8 } from "./test-fixtures";
import { parseTextbox, TEXTBOX_MAPPING } from "./textbox";
import type { ExistingLearner, ImportSource, ParsedFile } from "./types";

const isSentence = (message: string): boolean => /^\S[\s\S]*[.!?]$/.test(message);

const EXISTING: ExistingLearner = { firstName: "Jo", lastName: "Bloggs", active: true, customFields: { department: "Sales" } };

function assertParsedFileIsSound(parsed: ParsedFile): void {
  for (const message of parsed.fileErrors) expect(isSentence(message), message).toBe(true);
  for (const issue of parsed.rowIssues) {
    expect(isSentence(issue.message), issue.message).toBe(true);
    expect(Number.isInteger(issue.rowNumber) && issue.rowNumber >= 1).toBe(true);
  }
  // A refusal always comes with a message.
  if (parsed.rows.length === 0) expect(parsed.fileErrors.length).toBeGreaterThan(0);
  let previous = 0;
  for (const row of parsed.rows) {
    expect(row.rowNumber).toBeGreaterThan(previous);
    previous = row.rowNumber;
    expect(row.cells).toHaveLength(parsed.headers.length);
    // A row is only ever blank within the header's width if its content was cut off, which is reported.
    if (row.cells.every((cell) => cell === "")) {
      expect(parsed.rowIssues.some((issue) => issue.rowNumber === row.rowNumber)).toBe(true);
    }
  }
}

function runRecords(parsed: ParsedFile, source: ImportSource, blankClears: boolean): void {
  const mapping = source === "textbox" ? TEXTBOX_MAPPING : matchHeaders(parsed.headers, ALL_FIELDS);
  const fields = source === "textbox" ? BUILT_IN_FIELDS : ALL_FIELDS;
  const { records } = buildRecords(parsed, mapping, fields, { source, blankClears });
  expect(records).toHaveLength(parsed.rows.length);
  for (const record of records) {
    for (const error of record.errors) expect(isSentence(error.message), error.message).toBe(true);
    for (const mode of ["upsert", "create", "update"] as const) {
      for (const existing of [null, EXISTING]) {
        const diff = diffRecord(record, existing, { mode, source });
        if (diff.action === "error" || diff.action === "skip") expect(isSentence(diff.reason ?? "")).toBe(true);
      }
    }
  }
}

function runPipeline(bytes: Uint8Array, blankClears = false): ParsedFile {
  const parsed = parseCsvBytes(bytes);
  assertParsedFileIsSound(parsed);
  runRecords(parsed, "csv", blankClears);
  return parsed;
}

const CSV_ALPHABET = [",", ";", "\t", "|", '"', '"', "\n", "\r", "\r\n", " ", "a", "B", "1", "@", ".", "é", "=", "'", "\uFEFF", "\0"];
const csvishText = fc.string({ unit: fc.constantFrom(...CSV_ALPHABET), maxLength: 300 });

type Encoder = (text: string) => Uint8Array;
const ENCODERS: Encoder[] = [
  (text) => utf8(text),
  (text) => utf8(`\uFEFF${text}`),
  (text) => Buffer.from(`\uFEFF${text}`, "utf16le"),
  (text) => Buffer.from(text, "utf16le"),
  (text) => iconv.encode(`\uFEFF${text}`, "utf-16be"),
  (text) => iconv.encode(text, "windows-1252"),
];

const email = fc.oneof(
  fc.emailAddress(),
  fc.constantFrom("bob@", "", "unchanged", "O'Brien+staff@example.co.uk", "JO@X.COM", "jo@x.com"),
);
const cellValue = fc.oneof(
  fc.constantFrom("", "unchanged", "1", "0", "yes", "maybe", "Sales", "2024-01-31", "31/02/2024", "007", "London", "'=1+1", " padded "),
  fc.string({ maxLength: 20 }),
);
const validCsvRows = fc.array(
  fc.tuple(email, cellValue, cellValue, cellValue, cellValue, cellValue, cellValue).map((cells) => [...cells]),
  { minLength: 1, maxLength: 20 },
);
const HEADER = ["E-mail", "Forename", "Surname", "Status", "Departmnet", "Grade", "Start Date"];

type Mutation = (bytes: Uint8Array) => Uint8Array;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([at, byte]): Mutation => (b) => {
    const out = Uint8Array.from(b);
    if (out.length > 0) out[at % out.length] = byte;
    return out;
  }),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([at, inserted]): Mutation => (b) => {
    const i = at % (b.length + 1);
    return Uint8Array.from([...b.subarray(0, i), ...inserted, ...b.subarray(i)]);
  }),
  fc.tuple(fc.nat(), fc.nat({ max: 40 })).map(([at, length]): Mutation => (b) => {
    const i = at % (b.length + 1);
    return Uint8Array.from([...b.subarray(0, i), ...b.subarray(i + length)]);
  }),
  fc.nat().map((at): Mutation => (b) => b.subarray(0, at % (b.length + 1))),
  fc.constantFrom<Mutation>(
    (b) => Uint8Array.from([0x22, ...b]),
    (b) => Uint8Array.from([...b, 0x22]),
    (b) => Uint8Array.from([...b, ...b]),
  ),
);

// Generous timeouts: the runs take a few seconds, but CI machines can be busy.
describe("import pipeline fuzzing", { timeout: 30_000 }, () => {
  it("survives random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.boolean(), (bytes, blankClears) => {
        runPipeline(bytes, blankClears);
      }),
      { numRuns: 3000 },
    );
  });

  it("survives random CSV-like text in every supported encoding", () => {
    fc.assert(
      fc.property(csvishText, fc.constantFrom(...ENCODERS), fc.boolean(), (text, encode, blankClears) => {
        runPipeline(encode(text), blankClears);
      }),
      { numRuns: 3000 },
    );
  });

  it("survives mutations of a valid file", () => {
    fc.assert(
      fc.property(validCsvRows, fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean(), (rows, mutations, blankClears) => {
        const file = utf8(stringify([HEADER, ...rows], { bom: true, record_delimiter: "windows" }));
        runPipeline(mutations.reduce((bytes, mutate) => mutate(bytes), file), blankClears);
      }),
      { numRuns: 2500 },
    );
  });

  it("reads back exactly what a CSV writer wrote (cells trimmed, blank rows dropped)", () => {
    const cell = fc.string({ unit: fc.constantFrom(",", ";", "\t", "|", '"', "\n", "\r\n", " ", "a", "é", "'"), maxLength: 12 });
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }).chain((width) =>
          fc.record({
            header: fc.uniqueArray(fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}$/), {
              minLength: width,
              maxLength: width,
              comparator: (a, b) => a.toLowerCase() === b.toLowerCase(),
            }),
            rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 15 }),
          }),
        ),
        fc.constantFrom(",", ";", "\t", "|"),
        fc.constantFrom("unix", "windows", "mac") as fc.Arbitrary<"unix" | "windows" | "mac">,
        ({ header, rows }, delimiter, recordDelimiter) => {
          // csv-stringify only quotes a line break that matches record_delimiter; quote them all.
          const text = stringify([header, ...rows], { delimiter, record_delimiter: recordDelimiter, quoted_match: /[\r\n]/ });
          const parsed = runPipeline(utf8(text));
          const expected = rows
            .map((cells) => cells.map((c) => c.trim().replace(/\r\n?/g, "\n")))
            .filter((cells) => cells.some((c) => c !== ""));
          if (expected.length === 0) return;
          expect(parsed.fileErrors).toEqual([]);
          expect(parsed.delimiter).toBe(delimiter);
          expect(parsed.headers).toEqual(header);
          expect(parsed.rows.map((row) => row.cells)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("survives anything pasted into the text box", () => {
    fc.assert(
      fc.property(fc.oneof(csvishText, fc.string({ maxLength: 200 })), fc.boolean(), (text, blankClears) => {
        const parsed = parseTextbox(text);
        assertParsedFileIsSound(parsed);
        runRecords(parsed, "textbox", blankClears);
      }),
      { numRuns: 1500 },
    );
  });
});

describe("import pipeline extremes", { timeout: 30_000 }, () => {
  it("handles a multi-megabyte single cell", () => {
    const parsed = runPipeline(utf8(`Email,First Name\r\njo@x.com,"${"x".repeat(3_000_000)}"\r\n`));
    expect(parsed.rows[0]!.cells[1]).toHaveLength(3_000_000);
  });

  it("handles 10,000 columns", () => {
    const header = ["Email", ...Array.from({ length: 9_999 }, (_, i) => `Field ${i}`)];
    const row = ["jo@x.com", ...Array.from({ length: 9_999 }, (_, i) => String(i))];
    const parsed = runPipeline(utf8([header, row, row].map((cells) => cells.join(",")).join("\n")));
    expect(parsed.headers).toHaveLength(10_000);
    expect(parsed.rows).toHaveLength(2);
  });

  it("refuses a large file whose first cell opens a quote that never closes", () => {
    const parsed = runPipeline(utf8(`Email,Name\n"jo@x.com,Jo\n${"a@x.com,A\n".repeat(100_000)}`));
    expect(parsed.fileErrors[0]).toMatch(/^Row 2: a quoted cell is not closed properly/);
  });

  it("handles files made only of quotes, delimiters or line breaks", () => {
    for (const text of ['"'.repeat(10_001), ",".repeat(10_000), "\n".repeat(10_000), "\r".repeat(10_000), '"\n'.repeat(5_000)]) {
      runPipeline(utf8(text));
    }
  });
});
