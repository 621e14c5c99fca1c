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

/**
 * The groups the "with groups" file spreads its users over: 1–3 each (uniformly), so each of the
 * 40 groups holds ≈ 5% of the users; `LARGE_GROUP` takes every 4th user on top (25%).
 */
export const GROUP_NAMES = [
  ...Array.from({ length: 20 }, (_, i) => `Site ${String(i + 1).padStart(2, "0")}`),
  ...["Fire wardens", "First aiders", "Managers", "New starters", "Night shift", "Day shift", "Drivers", "Forklift", "Mentors", "Apprentices"],
  ...["Team Red", "Team Blue", "Team Green", "Team Gold", "Team Grey", "Contractors", "Volunteers", "Interns", "Auditors", "Remote"],
];
export const LARGE_GROUP = "All office staff";
