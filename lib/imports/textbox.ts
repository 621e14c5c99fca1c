import Papa from "papaparse";
import { isValidEmail } from "./email";
import { BUILT_IN_SYNONYMS, normaliseHeader } from "./match-headers";
import { DEFAULT_MAX_ROWS } from "./limits";
import { formatCount } from "./message-format";
import type { Mapping, ParsedFile, ParsedRow, RowIssue } from "./types";

export const TEXTBOX_HEADERS = ["Email", "First Name", "Last Name"] as const;
export const TEXTBOX_MAPPING: Readonly<Mapping> = Object.freeze({ 0: "email", 1: "firstName", 2: "lastName" });

function splitLine(line: string, delimiter: string): string[] {
  // Papa handles quoted cells such as "Smith, Jr" that spreadsheets produce when copying.
  const [cells = [line]] = Papa.parse<string[]>(line, { delimiter, newline: "\n" }).data;
  return cells.map((cell) => cell.trim());
}

/** A header row copied from a spreadsheet along with the learners ("Email, First name, …"). */
function isHeaderLine(cells: string[]): boolean {
  const first = cells[0] ?? "";
  return !first.includes("@") && BUILT_IN_SYNONYMS.email.includes(normaliseHeader(first));
}

/**
 * Parses the "paste a list" box: one learner per line as `email, first name,
 * last name` (names optional), separated by commas or by tabs when pasted from a
 * spreadsheet. Row numbers are line numbers.
 */
export function parseTextbox(text: string, opts: { maxRows?: number } = {}): ParsedFile {
  const maxRows = opts.maxRows ?? DEFAULT_MAX_ROWS;
  const lines = text.split(/\r\n|\r|\n/);
  const rows: ParsedRow[] = [];
  const rowIssues: RowIssue[] = [];
  const delimiterCounts = { ",": 0, "\t": 0 };
  const parsed = (overrides: Partial<ParsedFile>): ParsedFile => ({
    encoding: "utf-8",
    delimiter: delimiterCounts["\t"] > delimiterCounts[","] ? "\t" : ",",
    headers: [...TEXTBOX_HEADERS],
    rows,
    fileErrors: [],
    rowIssues,
    ...overrides,
  });

  for (const [index, line] of lines.entries()) {
    const lineNumber = index + 1;
    const delimiter = line.includes("\t") ? "\t" : ",";
    const cells = splitLine(line, delimiter);
    if (cells.every((cell) => cell === "")) continue;
    if (rows.length === 0 && isHeaderLine(cells)) continue;
    if (rows.length >= maxRows) {
      return parsed({
        rows: [],
        rowIssues: [],
        fileErrors: [`The list has more than ${formatCount(maxRows)} lines. Split it up and add each part separately.`],
      });
    }
    delimiterCounts[delimiter]++;
    if (cells.slice(1).some(isValidEmail)) {
      rowIssues.push({
        rowNumber: lineNumber,
        message: `Line ${lineNumber} has more than one email address. Put each learner on a line of their own.`,
      });
    } else if (cells.slice(TEXTBOX_HEADERS.length).some((cell) => cell !== "")) {
      rowIssues.push({
        rowNumber: lineNumber,
        message: `Line ${lineNumber} has more than three values. Only the email, first name and last name were read; check the line.`,
      });
    }
    const padded = [...cells.slice(0, TEXTBOX_HEADERS.length)];
    while (padded.length < TEXTBOX_HEADERS.length) padded.push("");
    rows.push({ rowNumber: lineNumber, cells: padded });
  }

  if (rows.length === 0) {
    return parsed({ fileErrors: ["The list is empty. Paste one learner per line: email, first name, last name."] });
  }
  return parsed({});
}
