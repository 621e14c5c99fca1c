import { z } from "zod";
import { ENTERPRISE_ATTRIBUTES, type EnterpriseAttribute } from "@/lib/scim/attributes";

/** The select's value for "fills no profile field" (a select can't hold null). */
export const NO_FIELD = "none";

export const scimWelcomeEmailsSchema = z.object({ enabled: z.boolean({ error: "Choose whether new users get a welcome email." }) });
export type ScimWelcomeEmailsInput = z.input<typeof scimWelcomeEmailsSchema>;

const fieldChoice = z.string({ error: "Choose a profile field, or none." }).min(1).max(64);

/** The attribute-mapping form: per enterprise attribute, a custom field's key or NO_FIELD; a field can take one attribute only. */
export const scimFieldMappingSchema = z
  .object(Object.fromEntries(ENTERPRISE_ATTRIBUTES.map((name) => [name, fieldChoice])) as Record<EnterpriseAttribute, typeof fieldChoice>)
  .superRefine((mapping, ctx) => {
    const seen = new Map<string, EnterpriseAttribute>();
    for (const name of ENTERPRISE_ATTRIBUTES) {
      const key = mapping[name];
      if (key === NO_FIELD) continue;
      const first = seen.get(key);
      if (first) ctx.addIssue({ code: "custom", path: [name], message: `This field already takes ${first}: a profile field can take one attribute only.` });
      else seen.set(key, name);
    }
  });
export type ScimFieldMappingInput = z.input<typeof scimFieldMappingSchema>;
