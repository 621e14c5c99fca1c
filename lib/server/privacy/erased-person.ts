import type { Prisma } from "@/generated/prisma/client";
import type { ErasedPerson } from "@/lib/privacy/scrub-json";

/** What an erasure reads of each learner before deleting it: enough to find them everywhere else. */
export const ERASED_PERSON_SELECT = {
  id: true,
  email: true,
  emailKey: true,
  firstName: true,
  lastName: true,
  customFields: true,
  scimUserName: true,
  scimExternalId: true,
} as const satisfies Prisma.LearnerSelect;

export type ErasedLearner = Prisma.LearnerGetPayload<{ select: typeof ERASED_PERSON_SELECT }>;

function fieldValues(customFields: unknown): string[] {
  if (!customFields || typeof customFields !== "object" || Array.isArray(customFields)) return [];
  return Object.values(customFields)
    .filter((value): value is string | number => typeof value === "string" || typeof value === "number")
    .map(String)
    .filter((value) => value.trim() !== "");
}

export function toErasedPerson(learner: ErasedLearner): ErasedPerson {
  return {
    id: learner.id,
    email: learner.email,
    firstName: learner.firstName,
    lastName: learner.lastName,
    otherValues: [...fieldValues(learner.customFields), learner.scimUserName, learner.scimExternalId].filter((value): value is string => Boolean(value?.trim())),
  };
}

/** Every string the person could be found by, for a first, coarse `ILIKE ANY` pass in SQL. */
export function likePatterns(people: ErasedPerson[]): string[] {
  const needles = people.flatMap((p) => [p.id, p.email, p.firstName, p.lastName, ...p.otherValues]).map((value) => value.trim()).filter((value) => value.length >= 3);
  return [...new Set(needles)].map((needle) => `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}
