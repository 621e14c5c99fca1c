// Validation of import data: single values, whole records, and the comparison with existing learners.
export { isValidEmail, normaliseEmail } from "./email";
export { isUnchangedKeyword, normaliseDate, normaliseNumber, normaliseSelect, parseActive } from "./field-values";
export { buildRecords, buildRecordsTakingTurns, createRecordBuilder, MAX_TEXT_LENGTH, type BuildRecordsOptions } from "./build-records";
export { diffRecord, SKIP_REASONS, type DiffOptions } from "./diff-record";
export type { ExistingLearner, ImportRecord, RecordDiff } from "./types";
