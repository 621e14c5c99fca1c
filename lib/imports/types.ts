export type FieldType = "TEXT" | "NUMBER" | "DATE" | "SELECT";

/** Built-in keys: "email", "firstName", "lastName", "active". */
export interface FieldDef {
  key: string;
  label: string;
  type: FieldType;
  builtIn: boolean;
  options: string[];
}

/** Column index -> field key ("" or absent = don't import). */
export type Mapping = Record<number, string>;

export type ImportMode = "upsert" | "create" | "update";

export type ImportSource = "csv" | "textbox";

export interface ParsedRow {
  rowNumber: number;
  cells: string[];
}

export interface RowIssue {
  rowNumber: number;
  message: string;
}

export interface ParsedFile {
  encoding: string;
  delimiter: string;
  headers: string[];
  rows: ParsedRow[];
  /** Problems that stop the whole file from being imported. */
  fileErrors: string[];
  /** Problems with single rows; the rows are still returned. */
  rowIssues: RowIssue[];
  /** Refused for its size (bytes or rows) rather than its content. */
  tooLarge?: boolean;
}

export interface BuiltInValues {
  firstName: string;
  lastName: string;
  active: boolean;
}

export interface RecordError {
  field: string;
  message: string;
}

export interface ImportRecord {
  rowNumber: number;
  email: string;
  emailKey: string;
  /** A key is absent when the learner's current value must be left as is. */
  values: Partial<BuiltInValues>;
  /** Custom field key -> value; absent keys are left as is. */
  custom: Record<string, string>;
  /** Group names from the Groups cell; absent when the cell leaves the learner's groups as they are. */
  groups?: string[];
  errors: RecordError[];
}

export interface ExistingLearner {
  firstName: string;
  lastName: string;
  active: boolean;
  customFields: Record<string, string>;
  /** Names of the learner's groups; absent when the import doesn't look at groups. */
  groups?: string[];
}

export type DiffAction = "create" | "update" | "unchanged" | "skip" | "error";

export interface FieldChange {
  field: string;
  from: string | boolean | null;
  to: string | boolean;
}

export interface RecordDiff {
  action: DiffAction;
  changes: FieldChange[];
  reason?: string;
  /** The learner's group names after the import, when the row has a Groups cell (and no error). */
  groups?: string[];
  /** Names in the row that match no group yet: the import creates them. */
  newGroups?: string[];
}
