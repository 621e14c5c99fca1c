import { GROUPS_KEY } from "@/lib/fields";
import type { ExistingLearner, FieldChange } from "@/lib/imports/types";

const BUILT_IN = new Set(["firstName", "lastName", "active"]);

/**
 * The learner's profile after an import's changes: unchanged fields kept,
 * empty custom values dropped. Group changes are memberships, written apart
 * (apply-chunk), never profile values.
 */
export function applyChanges(existing: ExistingLearner | null, changes: FieldChange[]): ExistingLearner {
  const next: ExistingLearner = existing
    ? { ...existing, customFields: { ...existing.customFields } }
    : { firstName: "", lastName: "", active: true, customFields: {} };
  for (const { field, to } of changes) {
    if (field === GROUPS_KEY) continue;
    if (field === "active") next.active = to === true;
    else if (BUILT_IN.has(field)) next[field as "firstName" | "lastName"] = String(to);
    else if (to === "") delete next.customFields[field];
    else next.customFields[field] = String(to);
  }
  return next;
}
