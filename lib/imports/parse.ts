import Papa from "papaparse";
import { csvTextDecoder, scanBytes, sniffScannedNonCsv } from "./decode";
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS } from "./limits";
import { columnLetter, delimiterName, formatCount, joinWithAnd, plural } from "./message-format";
import type { ParsedFile, ParsedRow, RowIssue } from "./types";

const CANDIDATE_DELIMITERS = [",", ";", "\t", "|"] as const;
const DELIMITER_SAMPLE_CHARS = 64 * 1024;
const DELIMITER_SAMPLE_RECORDS = 50;

export interface ParseTextOptions {
  maxRows?: number;
}

export interface ParseBytesOptions extends ParseTextOptions {
  maxBytes?: number;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The record separator is whatever ends the first line (ignoring line breaks inside
 * quotes). CRLF files are split on LF: the CR left at the end of the last cell is
 * removed by trimming, which is far cheaper than copying a 20 MB string to rewrite
 * line endings. Only files whose lines end in a bare CR (classic Mac) are split on CR.
 */
function chooseNewline(text: string, complete = true): "\n" | "\r" | null {
  let inQuotes = false;
  const end = Math.min(text.length, DELIMITER_SAMPLE_CHARS);
  for (let i = 0; i < end; i++) {
    const char = text[i];
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && char === "\n") return "\n";
    else if (!inQuotes && char === "\r") return text[i + 1] === "\n" ? "\n" : "\r";
  }
  if (text.includes("\n")) return "\n";
  if (!complete) return null;
  return text.includes("\r") ? "\r" : "\n";
}

/** Excel writes and honours a first line like "sep=;" naming the delimiter. */
function readSeparatorHint(text: string, newline: string): { delimiter: string; body: string } | null {
  if (!/^sep=/i.test(text.slice(0, 4))) return null;
  const lineEnd = text.indexOf(newline);
  const line = lineEnd === -1 ? text : text.slice(0, lineEnd);
  const delimiter = line.slice(4).replace(/\r$/, "");
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === "\r") return null;
  return { delimiter, body: lineEnd === -1 ? "" : text.slice(lineEnd + 1) };
}

/**
 * Trims every cell in place and turns CRLF/CR inside quoted cells into LF; returns
 * false when the record has no content at all. Hot loop: 200k rows × many columns.
 */
function cleanCells(cells: string[], mayHaveQuotedLineBreaks: boolean): boolean {
  let hasContent = false;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    let cleaned = cell.trim();
    if (mayHaveQuotedLineBreaks && cleaned.includes("\r")) cleaned = cleaned.replace(/\r\n?/g, "\n");
    if (cleaned !== cell) cells[i] = cleaned;
    if (cleaned.length > 0) hasContent = true;
  }
  return hasContent;
}

function contentWidth(cells: string[]): number {
  let width = cells.length;
  while (width > 0 && cells[width - 1]!.trim() === "") width--;
  return width;
}

/**
 * Papa's own guess prefers whichever delimiter yields the most fields, so a
 * semicolon file with "Smith, John" in it can be read as comma-separated. We
 * instead prefer the delimiter whose data rows agree with the header's width.
 */
export function detectDelimiter(text: string, newline: "\n" | "\r" = "\n", textIsPartial = false): string {
  const sample = text.length > DELIMITER_SAMPLE_CHARS ? text.slice(0, DELIMITER_SAMPLE_CHARS) : text;
  const sampleIsPartial = textIsPartial || sample.length < text.length;
  let best = { delimiter: ",", consistency: -1, width: 0 };
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const { data } = Papa.parse<string[]>(sample, { delimiter, newline, preview: DELIMITER_SAMPLE_RECORDS });
    const records = data.filter((record) => contentWidth(record) > 0);
    if (sampleIsPartial && records.length > 1) records.pop(); // may be cut off mid-record
    const [header, ...dataRecords] = records;
    if (!header) continue;
    const headerWidth = contentWidth(header);
    if (headerWidth < 2) continue;
    const fitting = dataRecords.filter(
      (record) => record.length === header.length || contentWidth(record) === headerWidth,
    ).length;
    const consistency = dataRecords.length === 0 ? 1 : fitting / dataRecords.length;
    if (consistency > best.consistency || (consistency === best.consistency && headerWidth > best.width)) {
      best = { delimiter, consistency, width: headerWidth };
    }
  }
  return best.delimiter;
}

function duplicateHeaderErrors(headers: string[]): string[] {
  const columnsByName = new Map<string, number[]>();
  headers.forEach((header, index) => {
    const name = header.toLowerCase().replace(/\s+/g, " ");
    const columns = columnsByName.get(name);
    if (columns) columns.push(index);
    else columnsByName.set(name, [index]);
  });
  const errors: string[] = [];
  for (const columns of columnsByName.values()) {
    if (columns.length < 2) continue;
    const letters = joinWithAnd(columns.map(columnLetter));
    errors.push(
      `The header row has more than one column called “${headers[columns[0]!]}” (columns ${letters}). Rename or delete the extra columns and upload the file again.`,
    );
  }
  return errors;
}

/**
 * Spreadsheet exports often carry empty trailing header cells; those are dropped.
 * An unnamed column in the middle gets its spreadsheet letter so it can still be mapped.
 */
function buildHeaders(cells: string[]): string[] {
  return cells.slice(0, contentWidth(cells)).map((cell, index) => cell || `Column ${columnLetter(index)}`);
}

function fitToHeader(
  cells: string[],
  rowNumber: number,
  width: number,
  delimiter: string,
  rowIssues: RowIssue[],
): string[] {
  if (cells.length === width) return cells;
  if (cells.length < width) {
    rowIssues.push({
      rowNumber,
      message: `Row ${rowNumber} has ${plural(cells.length, "cell")} but the header has ${width}. The missing cells were treated as blank; check that the row is complete.`,
    });
    while (cells.length < width) cells.push("");
    return cells;
  }
  // Extra cells that are all blank (a trailing delimiter) lose nothing, so they are dropped silently.
  if (contentWidth(cells) > width) {
    rowIssues.push({
      rowNumber,
      message: `Row ${rowNumber} has ${plural(cells.length, "cell")} but the header has ${width}. The extra cells were ignored; check the row for a ${delimiterName(delimiter)} that should be inside quotes.`,
    });
  }
  cells.length = width;
  return cells;
}

function quoteIssueMessage(error: Papa.ParseError, rowNumber: number): { fatal: boolean; message: string } | null {
  if (error.code === "MissingQuotes") {
    return {
      fatal: true,
      message: `Row ${rowNumber}: a quoted cell is not closed properly, so the rest of the file was read as one cell. Check the quote marks (") in this row; a quote mark inside a quoted cell must be written twice (""). Then upload the file again.`,
    };
  }
  if (error.code === "InvalidQuotes") {
    return {
      fatal: false,
      message: `Row ${rowNumber} has a quote mark (") in an unexpected place, so its cells may have been split wrongly. Check the row; a quote mark inside a quoted cell must be written twice ("").`,
    };
  }
  return null;
}

/** Text held before parsing starts: twice the sample, so the sample is whole after a BOM and a "sep=" line. */
const START_CHARS = 2 * DELIMITER_SAMPLE_CHARS;
/** A record longer than what is buffered is parsed again once as much text again has arrived: linear, not quadratic. */
const PARSE_CHARS = 48 * 1024;

export interface CsvReaderOptions extends ParseTextOptions {
  /** False only when the file holds no quote mark or no carriage return (see cleanCells). */
  mayHaveQuotedLineBreaks?: boolean;
  /** Text gathered before a parse (PARSE_CHARS); tests make it tiny to put piece ends everywhere. */
  parseChars?: number;
}

export interface CsvBatch {
  rows: ParsedRow[];
  rowIssues: RowIssue[];
}

/** What is known of a file once it has been read to the end (or refused); its rows went out in batches. */
export type ReadCsv = Omit<ParsedFile, "rows" | "rowIssues"> & { rowCount: number };

/**
 * Reads CSV text pushed in pieces of any size (a piece may end inside a quoted cell or between
 * CR and LF) into the same rows, row numbers and messages as reading it whole. Rows wait in
 * `take()` so a caller stores them in batches and the file never sits in memory at once.
 */
export class CsvReader {
  private readonly maxRows: number;
  private readonly mayHaveQuotedLineBreaks: boolean | undefined;
  private readonly parseChars: number;
  private startText: string[] = [];
  private startLength = 0;
  private parser: Papa.Parser | null = null;
  private partial = "";
  private pending: string[] = [];
  private pendingLength = 0;
  private recordNumber = 0;
  private lastIssueMessage: string | undefined;
  private headerErrors: string[] = [];
  private quoteErrors: string[] = [];
  private rows: ParsedRow[] = [];
  private rowIssues: RowIssue[] = [];
  private ended = false;
  delimiter = ",";
  headers: string[] | null = null;
  rowCount = 0;
  tooManyRows = false;

  constructor(opts: CsvReaderOptions = {}) {
    this.maxRows = opts.maxRows ?? DEFAULT_MAX_ROWS;
    this.mayHaveQuotedLineBreaks = opts.mayHaveQuotedLineBreaks;
    this.parseChars = opts.parseChars ?? PARSE_CHARS;
  }

  /** The file is refused whatever follows: its rows need not be stored. */
  get refused(): boolean {
    return this.tooManyRows || this.headerErrors.length > 0 || this.quoteErrors.length > 0;
  }

  /** How many rows wait to be taken. */
  get waiting(): number {
    return this.rows.length;
  }

  push(text: string): void {
    if (this.tooManyRows || text.length === 0) return;
    if (!this.parser) {
      this.startText.push(text);
      this.startLength += text.length;
      if (this.startLength >= START_CHARS) this.begin(false);
      return;
    }
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= Math.max(this.parseChars, this.partial.length)) this.parsePending(false);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    if (!this.parser) this.begin(true);
    if (this.parser && !this.tooManyRows) this.parsePending(true);
  }

  take(): CsvBatch {
    const batch = { rows: this.rows, rowIssues: this.rowIssues };
    this.rows = [];
    this.rowIssues = [];
    return batch;
  }

  /** After end(): the file's header, delimiter and refusals, as parseCsvText reports them. */
  result(): ReadCsv {
    const refused = (message: string): ReadCsv => ({ encoding: "", delimiter: this.delimiter, headers: this.headers ?? [], rowCount: 0, fileErrors: [message] });
    if (!this.headers) return refused("This file is empty. Add a header row and one row per learner, then upload it again.");
    if (this.tooManyRows) {
      return { ...refused(`This file has more than ${formatCount(this.maxRows)} rows. Split it into smaller files and upload each.`), tooLarge: true };
    }
    const fileErrors = [...this.headerErrors, ...this.quoteErrors];
    if (this.rowCount === 0) fileErrors.push("This file only has a header row. Add one row per learner below it and upload the file again.");
    return { encoding: "", delimiter: this.delimiter, headers: this.headers, rowCount: this.rowCount, fileErrors };
  }

  /** Decides the line break and delimiter from the start of the file, then parses what is held. */
  private begin(complete: boolean): void {
    const text = stripBom(this.startText.join(""));
    const newline = chooseNewline(text, complete);
    if (!newline) {
      // A first line break further on than the sample: wait for it (or the end).
      this.startText = [text];
      this.startLength = text.length;
      return;
    }
    this.startText = [];
    const hint = readSeparatorHint(text, newline);
    const body = hint ? hint.body : text;
    this.delimiter = hint ? hint.delimiter : detectDelimiter(body, newline, !complete);
    const mayHaveQuotedLineBreaks = this.mayHaveQuotedLineBreaks ?? true;
    this.parser = new Papa.Parser({
      delimiter: this.delimiter,
      newline,
      quoteChar: '"',
      // The bare Parser hands step() the row as data[0] (Papa.parse's wrapper unwraps it).
      step: ((result: { data: string[][]; errors: Papa.ParseError[] }) => this.step(result.data[0]!, result.errors, mayHaveQuotedLineBreaks)) as unknown as Papa.ParseConfig["step"],
    });
    this.pending = [body];
    this.pendingLength = body.length;
    if (!complete) this.parsePending(false);
  }

  private parsePending(final: boolean): void {
    const input = this.partial + this.pending.join("");
    this.pending = [];
    this.pendingLength = 0;
    const { meta } = this.parser!.parse(input, 0, !final) as { meta: { cursor: number } };
    this.partial = final || this.tooManyRows ? "" : input.slice(meta.cursor);
  }

  private step(cells: string[], errors: Papa.ParseError[], mayHaveQuotedLineBreaks: boolean): void {
    if (this.tooManyRows) return;
    this.recordNumber++;
    const recordNumber = this.recordNumber;
    for (const error of errors) {
      const issue = quoteIssueMessage(error, recordNumber);
      // Before the header is known every column name is at stake, so any quote problem is fatal.
      if (issue && (issue.fatal || !this.headers)) this.quoteErrors.push(issue.message);
      // Papa reports each stray quote separately; the admin needs to hear about the row once.
      else if (issue && this.lastIssueMessage !== issue.message) this.addIssue({ rowNumber: recordNumber, message: issue.message });
    }
    if (!cleanCells(cells, mayHaveQuotedLineBreaks)) return;
    if (!this.headers) {
      this.headers = buildHeaders(cells);
      this.headerErrors = duplicateHeaderErrors(this.headers);
      return;
    }
    if (this.rowCount >= this.maxRows) {
      this.tooManyRows = true;
      this.parser!.abort();
      this.rows = [];
      this.rowIssues = [];
      return;
    }
    this.rowCount++;
    const issues: RowIssue[] = [];
    const row = { rowNumber: recordNumber, cells: fitToHeader(cells, recordNumber, this.headers.length, this.delimiter, issues) };
    for (const issue of issues) this.addIssue(issue);
    this.rows.push(row);
  }

  private addIssue(issue: RowIssue): void {
    this.rowIssues.push(issue);
    this.lastIssueMessage = issue.message;
  }
}

/** Parses CSV text (already decoded) into a header and trimmed, text-only rows. */
export function parseCsvText(text: string, opts: ParseTextOptions = {}): ParsedFile {
  const reader = new CsvReader({ ...opts, mayHaveQuotedLineBreaks: text.includes('"') && text.includes("\r") });
  reader.push(text);
  reader.end();
  return collect(reader);
}

function collect(reader: CsvReader): ParsedFile {
  const { encoding, delimiter, headers, fileErrors, tooLarge } = reader.result();
  const { rows, rowIssues } = reader.take();
  const refused = !reader.headers || reader.tooManyRows;
  return { encoding, delimiter, headers, rows: refused ? [] : rows, fileErrors, rowIssues: refused ? [] : rowIssues, ...(tooLarge ? { tooLarge } : {}) };
}

function formatMegabytes(bytes: number): string {
  return `${formatCount(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}

function refusal(message: string): ParsedFile {
  return { encoding: "", delimiter: "", headers: [], rows: [], fileErrors: [message], rowIssues: [] };
}

/** The size refusal, before a byte is read. */
export function sizeRefusal(byteSize: number, maxBytes = DEFAULT_MAX_BYTES): string | null {
  return byteSize > maxBytes ? `This file is larger than ${formatMegabytes(maxBytes)}. Split it into smaller files and upload each.` : null;
}

/** Checks, decodes and parses an uploaded file. */
export function parseCsvBytes(bytes: Uint8Array, opts: ParseBytesOptions = {}): ParsedFile {
  const tooLarge = sizeRefusal(bytes.length, opts.maxBytes);
  if (tooLarge) return { ...refusal(tooLarge), tooLarge: true };
  const scan = scanBytes(bytes);
  const notCsv = sniffScannedNonCsv(scan);
  if (notCsv) return refusal(notCsv);
  const decoder = csvTextDecoder(scan);
  return { ...parseCsvText(decoder.write(bytes) + decoder.end(), { maxRows: opts.maxRows }), encoding: decoder.encoding };
}
