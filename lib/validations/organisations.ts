import { z } from "zod";
import { organisationNameSchema } from "./organisation";

export const SLUG_RULE = "Use 2 to 40 characters: lower-case letters, digits and single dashes, starting with a letter (like acme-care).";

/** The slug names the organisation on the command line (`--org acme`), so it is kept short and shell-safe. */
export const slugSchema = z
  .string({ error: "Choose a slug." })
  .trim()
  .min(2, SLUG_RULE)
  .max(40, SLUG_RULE)
  .regex(/^[a-z](?:-?[a-z0-9])*$/, SLUG_RULE);

export const newOrganisationSchema = z.object({
  // The same rule as Settings → Organisation, so a name the CLI accepts can be saved there unchanged.
  name: z.string({ error: "Enter the organisation's name." }).pipe(organisationNameSchema),
  slug: slugSchema,
  owner: z.object({
    name: z.string({ error: "Enter the owner's name." }).trim().min(1, "Enter the owner's name.").max(120, "Use at most 120 characters for the owner's name."),
    email: z.string({ error: "Enter the owner's email address." }).trim().pipe(z.email("Enter an email address like name@example.com.").max(320, "Use at most 320 characters for the email address.")),
  }),
});
export type NewOrganisationInput = z.infer<typeof newOrganisationSchema>;

/** "Acme Care Ltd" → "acme-care-ltd": what to suggest when a slug is refused. */
export function suggestSlug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^[^a-z]+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}
