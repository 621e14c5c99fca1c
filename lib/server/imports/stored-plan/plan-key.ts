import { createHash, randomUUID } from "node:crypto";
import type { FieldDef, Mapping } from "@/lib/imports/types";
import type { ImportOptions } from "../import-options";

export interface PlanInputs {
  source: string;
  mapping: Mapping;
  options: ImportOptions;
  fields: Pick<FieldDef, "key" | "type" | "builtIn" | "options">[];
}

/**
 * What a stored plan was computed from, as one string: the same inputs give the same key. The
 * learners it was checked against are its version (learners-version.ts), not part of the key.
 * `sendWelcome` only changes the welcome count, which is recomputed with the rest: simpler than
 * a second kind of key, and the admin rarely flips it.
 */
export function planKey(inputs: PlanInputs): string {
  const canonical = JSON.stringify([
    inputs.source,
    Object.entries(inputs.mapping).sort(([a], [b]) => Number(a) - Number(b)),
    [inputs.options.mode, inputs.options.sendWelcome, inputs.options.blankClears, inputs.options.groupsMode, inputs.options.newGroups],
    inputs.fields.map((f) => [f.key, f.type, f.builtIn, f.options]),
  ]);
  return createHash("sha256").update(canonical).digest("base64url");
}

/** Written when the draft's cells change (a fixed row): no computed key equals it, and no other edit's does either. */
export function editedPlanKey(): string {
  return `edited:${randomUUID()}`;
}
