import Papa from "papaparse";
import { decodeCsvBytes, sniffNonCsv } from "./decode";
import { columnLetter, delimiterName, formatCount, joinWithAnd, plural } from "./message-format";
import type { ParsedFile, ParsedRow, RowIssue } from "./types";

export const DEFAULT_MAX_ROWS = 200_000;
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

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

/** One pass over the whole text is far cheaper than handling CR/CRLF/LF per row (and copes with mixed files). */
function normaliseLineEndings(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/** Excel writes and honours a first line like "sep=;" naming the delimiter. */
function readSeparatorHint(text: string): { delimiter: string; body: string } | null {
  if (!/^sep=/i.test(text.slice(0, 4))) return null;
  const lineEnd = text.indexOf("\n");
  const line = lineEnd === -1 ? text : text.slice(0, lineEnd);
  const delimiter = line.slice(4);
  if (delimiter.length !== 1 || delimiter === '"') return null;
  return { delimiter, body: lineEnd === -1 ? "" : text.slice(lineEnd + 1) };
}

/** Trims every cell in place; returns false when the record has no content at all. */
function trimCells(cells: string[]): boolean {
  let hasContent = false;
  for (let i = 0; i < cells.length; i++) {
    const trimmed = cells[i]!.trim();
    cells[i] = trimmed;
    if (trimmed !== "") hasContent = true;
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
export function detectDelimiter(text: string): string {
  const sample = text.length > DELIMITER_SAMPLE_CHARS ? text.slice(0, DELIMITER_SAMPLE_CHARS) : text;
  const sampleIsPartial = sample.length < text.length;
  let best = { delimiter: ",", consistency: -1, width: 0 };
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const { data } = Papa.parse<string[]>(sample, { delimiter, newline: "\n", preview: DELIMITER_SAMPLE_RECORDS });
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
      message: `Row ${rowNumber}: a cell starts with a quote mark (") that is never closed, so the rest of the file was read as one cell. Close or remove the quote mark and upload the file again.`,
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

/** Parses CSV text (already decoded) into a header and trimmed, text-only rows. */
export function parseCsvText(text: string, opts: ParseTextOptions = {}): ParsedFile {
  const maxRows = opts.maxRows ?? DEFAULT_MAX_ROWS;
  const normalised = normaliseLineEndings(stripBom(text));
  const hint = readSeparatorHint(normalised);
  const body = hint ? hint.body : normalised;
  const delimiter = hint ? hint.delimiter : detectDelimiter(body);

  let headers: string[] | null = null;
  const rows: ParsedRow[] = [];
  const rowIssues: RowIssue[] = [];
  const fileErrors: string[] = [];
  let recordNumber = 0;
  let tooManyRows = false;

  // Row numbers count blank records too, so "Row 14" is row 14 when the file is opened in Excel.
  Papa.parse<string[]>(body, {
    delimiter,
    newline: "\n",
    quoteChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (result, parser) => {
      recordNumber++;
      for (const error of result.errors) {
        const issue = quoteIssueMessage(error, recordNumber);
        if (issue?.fatal) fileErrors.push(issue.message);
        else if (issue) rowIssues.push({ rowNumber: recordNumber, message: issue.message });
      }
      const cells = result.data;
      if (!trimCells(cells)) return;
      if (!headers) {
        headers = buildHeaders(cells);
        return;
      }
      if (rows.length >= maxRows) {
        tooManyRows = true;
        parser.abort();
        return;
      }
      rows.push({ rowNumber: recordNumber, cells: fitToHeader(cells, recordNumber, headers.length, delimiter, rowIssues) });
    },
  });

  const parsed: ParsedFile = { encoding: "", delimiter, headers: headers ?? [], rows, fileErrors, rowIssues };
  if (!headers) {
    return { ...parsed, fileErrors: ["This file is empty. Add a header row and one row per learner, then upload it again."] };
  }
  if (tooManyRows) {
    return {
      ...parsed,
      rows: [],
      rowIssues: [],
      fileErrors: [`This file has more than ${formatCount(maxRows)} rows. Split it into smaller files and upload each.`],
    };
  }
  fileErrors.unshift(...duplicateHeaderErrors(headers));
  if (rows.length === 0) {
    fileErrors.push("This file only has a header row. Add one row per learner below it and upload the file again.");
  }
  return parsed;
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
    return refusal(`This file is larger than ${formatMegabytes(maxBytes)}. Split it into smaller files and upload each.`);
  }
  const notCsv = sniffNonCsv(bytes);
  if (notCsv) return refusal(notCsv);
  const { text, encoding } = decodeCsvBytes(bytes);
  return { ...parseCsvText(text, { maxRows: opts.maxRows }), encoding };
}
