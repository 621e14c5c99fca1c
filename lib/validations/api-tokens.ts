import { z } from "zod";
import { API_SCOPES } from "@/lib/api/scopes";

export const TOKEN_NAME_MAX = 80;
export const EXPIRY_CHOICES = ["30", "90", "365", "never"] as const;
export type ExpiryChoice = (typeof EXPIRY_CHOICES)[number];

export const EXPIRY_LABELS: Record<ExpiryChoice, string> = { "30": "30 days", "90": "90 days", "365": "1 year", never: "Never" };

export const tokenNameSchema = z
  .string({ error: "Give the token a name." })
  .trim()
  .min(1, "Give the token a name, such as “HR nightly sync”.")
  .max(TOKEN_NAME_MAX, `Keep the name to ${TOKEN_NAME_MAX} characters or fewer.`);

export const tokenScopesSchema = z
  .array(z.enum(API_SCOPES, { error: `Scopes are ${API_SCOPES.join(", ")}.` }), { error: "Choose at least one scope." })
  .min(1, "Choose at least one scope.")
  .transform((scopes) => API_SCOPES.filter((scope) => scopes.includes(scope)));

/** The settings page's create form. */
export const createApiTokenSchema = z.object({
  name: tokenNameSchema,
  scopes: tokenScopesSchema,
  expiresIn: z.enum(EXPIRY_CHOICES, { error: "Choose when the token expires." }),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ id: z.string().min(1).max(64) });

const DAY_MS = 24 * 60 * 60 * 1000;

/** When a token created now and lasting this many days (null: forever) expires. */
export function expiresAfterDays(days: number | null, now = new Date()): Date | null {
  return days === null ? null : new Date(now.getTime() + days * DAY_MS);
}

/** When a token created now with this choice expires. */
export function expiryDate(choice: ExpiryChoice, now = new Date()): Date | null {
  return expiresAfterDays(choice === "never" ? null : Number(choice), now);
}
