// Spreadsheet apps run cells starting with these characters as formulas (OWASP "CSV injection").
const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);

/**
 * True when the value is zero or more apostrophes followed by a formula trigger.
 * Neutralising must cover the apostrophe-prefixed forms too: otherwise a genuine
 * value like "'=x" would be left alone on export and lose its apostrophe on import.
 */
function startsWithApostrophesThenTrigger(value: string, minApostrophes: number): boolean {
  let i = 0;
  while (value.charCodeAt(i) === 0x27 /* ' */) i++;
  return i >= minApostrophes && i < value.length && FORMULA_TRIGGERS.has(value[i]!);
}

/** Makes a value safe to open in a spreadsheet by prefixing an apostrophe. */
export function neutraliseCell(value: string): string {
  return startsWithApostrophesThenTrigger(value, 0) ? `'${value}` : value;
}

/** Undoes neutraliseCell: restoreCell(neutraliseCell(x)) === x for every string x. */
export function restoreCell(value: string): string {
  return startsWithApostrophesThenTrigger(value, 1) ? value.slice(1) : value;
}
