// Public API of the import pipeline: decode → parse (or parseTextbox) → matchHeaders → buildRecords → diffRecord.
export type * from "./types";
export { decodeCsvBytes, sniffNonCsv, NON_CSV_MESSAGES, type CsvEncoding, type DecodedCsv } from "./decode";
export { parseCsvBytes, parseCsvText, detectDelimiter, type ParseBytesOptions, type ParseTextOptions } from "./parse";
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS } from "./limits";
export {
  matchHeaders,
  missingRequired,
  duplicateTargets,
  normaliseHeader,
  BUILT_IN_KEYS,
  BUILT_IN_SYNONYMS,
  type BuiltInKey,
} from "./match-headers";
export {
  normaliseEmail,
  isValidEmail,
  parseActive,
  isUnchangedKeyword,
  normaliseNumber,
  normaliseDate,
  normaliseSelect,
  buildRecords,
  MAX_TEXT_LENGTH,
  diffRecord,
  SKIP_REASONS,
  type BuildRecordsOptions,
  type DiffOptions,
} from "./validate";
export { parseTextbox, TEXTBOX_MAPPING, TEXTBOX_HEADERS } from "./textbox";
export { buildTemplateCsv } from "./template";
export { neutraliseCell, restoreCell } from "./csv-injection";
