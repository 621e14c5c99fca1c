import type { ExistingLearner, FieldChange } from "@/lib/imports/types";

const BUILT_IN = new Set(["firstName", "lastName", "active"]);

/** The learner after an import's changes: unchanged fields kept, empty custom values dropped. */
export function applyChanges(existing: ExistingLearner | null, changes: FieldChange[]): ExistingLearner {
  const next: ExistingLearner = existing
    ? { ...existing, customFields: { ...existing.customFields } }
    : { firstName: "", lastName: "", active: true, customFields: {} };
  for (const { field, to } of changes) {
    if (field === "active") next.active = to === true;
    else if (BUILT_IN.has(field)) next[field as "firstName" | "lastName"] = String(to);
    else if (to === "") delete next.customFields[field];
    else next.customFields[field] = String(to);
  }
  return next;
}
