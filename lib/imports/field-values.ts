// Parsing and normalising single cell values. Each parser returns null for a value it cannot accept.

const ACTIVE_WORDS: Record<string, boolean> = {
  "1": true,
  "0": false,
  yes: true,
  no: false,
  y: true,
  n: false,
  true: true,
  false: false,
  active: true,
  inactive: false,
  archived: false,
};

export const ACTIVE_VALUES_SENTENCE = "Use 1 or 0, yes or no, y or n, true or false, or active or archived.";

/** Reads an Active cell: 1/0, yes/no, y/n, true/false, active/archived (also "inactive"), in any case. */
export function parseActive(value: string): boolean | null {
  return ACTIVE_WORDS[value.trim().toLowerCase()] ?? null;
}

/** A blank cell or the word "unchanged" means: keep the learner's current value. */
export function isUnchangedKeyword(value: string): boolean {
  return value.length === 9 && value.toLowerCase() === "unchanged";
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;

/** Accepts a plain decimal ("42", "-3.5", ".5") and keeps the admin's own text, so "007" stays "007". */
export function normaliseNumber(value: string): string | null {
  return DECIMAL.test(value) && Number.isFinite(Number(value)) ? value : null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate(); // 2000 is a leap year
  const isLeapYear = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && !isLeapYear ? 28 : daysInMonth);
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** Accepts YYYY-MM-DD or the UK's DD/MM/YYYY and returns YYYY-MM-DD. */
export function normaliseDate(value: string): string | null {
  const iso = ISO_DATE.exec(value);
  const dmy = iso ? null : DAY_MONTH_YEAR.exec(value);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  if (!isCalendarDate(year, month, day)) return null;
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** Matches an option ignoring case and returns the option's own spelling. */
export function normaliseSelect(value: string, options: readonly string[]): string | null {
  const wanted = value.trim().toLowerCase();
  return options.find((option) => option.trim().toLowerCase() === wanted) ?? null;
}
