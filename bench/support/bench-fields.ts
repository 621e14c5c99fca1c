/** The benchmark organisation's 5 custom fields (plus the 4 built-in ones every organisation has). */
export const DEPARTMENTS = ["Sales", "Support", "Engineering", "Finance", "People", "Operations", "Legal", "Marketing"] as const;

export const CUSTOM_FIELDS = [
  { label: "Department", type: "SELECT" as const, options: [...DEPARTMENTS] },
  { label: "Job Title", type: "TEXT" as const },
  { label: "Employee ID", type: "TEXT" as const },
  { label: "Start Date", type: "DATE" as const },
  { label: "Weekly Hours", type: "NUMBER" as const },
];

export const CSV_HEADERS = ["Email", "First Name", "Last Name", "Active", ...CUSTOM_FIELDS.map((f) => f.label)];

/** A last name the generator uses often enough for the users-directory search to find a page of matches. */
export const SEARCH_TERM = "smith";
