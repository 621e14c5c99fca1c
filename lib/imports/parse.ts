import Papa from "papaparse";
import { decodeCsvBytes, sniffNonCsv } from "./decode";
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
function chooseNewline(text: string): "\n" | "\r" {
  let inQuotes = false;
  const end = Math.min(text.length, DELIMITER_SAMPLE_CHARS);
  for (let i = 0; i < end; i++) {
    const char = text[i];
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && char === "\n") return "\n";
    else if (!inQuotes && char === "\r") return text[i + 1] === "\n" ? "\n" : "\r";
  }
  return text.includes("\n") || !text.includes("\r") ? "\n" : "\r";
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
export function detectDelimiter(text: string, newline: "\n" | "\r" = "\n"): string {
  const sample = text.length > DELIMITER_SAMPLE_CHARS ? text.slice(0, DELIMITER_SAMPLE_CHARS) : text;
  const sampleIsPartial = sample.length < text.length;
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

interface CollectedRecords {
  headers: string[] | null;
  rows: ParsedRow[];
  rowIssues: RowIssue[];
  fileErrors: string[];
  tooManyRows: boolean;
}

function collectRecords(body: string, delimiter: string, newline: "\n" | "\r", maxRows: number): CollectedRecords {
  const collected: CollectedRecords = { headers: null, rows: [], rowIssues: [], fileErrors: [], tooManyRows: false };
  const { rows, rowIssues, fileErrors } = collected;
  const mayHaveQuotedLineBreaks = body.includes('"') && body.includes("\r");
  // Row numbers count blank records too, so "Row 14" is row 14 when the file is opened in Excel.
  let recordNumber = 0;

  Papa.parse<string[]>(body, {
    delimiter,
    newline,
    quoteChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (result, parser) => {
      recordNumber++;
      for (const error of result.errors) {
        const issue = quoteIssueMessage(error, recordNumber);
        // Before the header is known every column name is at stake, so any quote problem is fatal.
        if (issue && (issue.fatal || !collected.headers)) fileErrors.push(issue.message);
        // Papa reports each stray quote separately; the admin needs to hear about the row once.
        else if (issue && rowIssues.at(-1)?.message !== issue.message) {
          rowIssues.push({ rowNumber: recordNumber, message: issue.message });
        }
      }
      const cells = result.data;
      if (!cleanCells(cells, mayHaveQuotedLineBreaks)) return;
      if (!collected.headers) {
        collected.headers = buildHeaders(cells);
        return;
      }
      if (rows.length >= maxRows) {
        collected.tooManyRows = true;
        parser.abort();
        return;
      }
      const width = collected.headers.length;
      rows.push({ rowNumber: recordNumber, cells: fitToHeader(cells, recordNumber, width, delimiter, rowIssues) });
    },
  });
  return collected;
}

/** Parses CSV text (already decoded) into a header and trimmed, text-only rows. */
export function parseCsvText(text: string, opts: ParseTextOptions = {}): ParsedFile {
  const maxRows = opts.maxRows ?? DEFAULT_MAX_ROWS;
  const withoutBom = stripBom(text);
  const newline = chooseNewline(withoutBom);
  const hint = readSeparatorHint(withoutBom, newline);
  const body = hint ? hint.body : withoutBom;
  const delimiter = hint ? hint.delimiter : detectDelimiter(body, newline);
  const { headers, rows, rowIssues, fileErrors, tooManyRows } = collectRecords(body, delimiter, newline, maxRows);

  const refused = (message: string): ParsedFile => ({
    encoding: "",
    delimiter,
    headers: headers ?? [],
    rows: [],
    fileErrors: [message],
    rowIssues: [],
  });
  if (!headers) return refused("This file is empty. Add a header row and one row per learner, then upload it again.");
  if (tooManyRows) {
    return { ...refused(`This file has more than ${formatCount(maxRows)} rows. Split it into smaller files and upload each.`), tooLarge: true };
  }
  const allFileErrors = [...duplicateHeaderErrors(headers), ...fileErrors];
  if (rows.length === 0) {
    allFileErrors.push("This file only has a header row. Add one row per learner below it and upload the file again.");
  }
  return { encoding: "", delimiter, headers, rows, fileErrors: allFileErrors, rowIssues };
}

function formatMegabytes(bytes: number): string {
  return `${formatCount(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}

function refusal(message: string): ParsedFile {
  return { encoding: "", delimiter: "", headers: [], rows: [], fileErrors: [message], rowIssues: [] };
}

/** Checks, decodes and parses an uploaded file. */
export function parseCsvBytes(bytes: Uint8Array, opts: ParseBytesOptions = {}): ParsedFile {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    return { ...refusal(`This file is larger than ${formatMegabytes(maxBytes)}. Split it into smaller files and upload each.`), tooLarge: true };
  }
  const notCsv = sniffNonCsv(bytes);
  if (notCsv) return refusal(notCsv);
  const { text, encoding } = decodeCsvBytes(bytes);
  return { ...parseCsvText(text, { maxRows: opts.maxRows }), encoding };
}
