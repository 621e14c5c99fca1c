import { z } from "zod";

export const ORGANISATION_LIMITS = {
  name: 100,
  senderName: 80,
  replyTo: 254,
  welcomeSubject: 150,
  welcomeIntro: 1000,
  activationLinkDays: { min: 1, max: 90 },
  importRetentionDays: { min: 7, max: 3650 },
} as const;

// Control characters would break a header or a line of the plain-text email; private-use ones are the
// welcome batch's own placeholders (lib/email/render-welcome-batch.ts), so a learner's name could land in them.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;
const LINE_BREAK = /[\r\n\t]/;
const PRIVATE_USE = /[\uE000-\uF8FF]/;

const text = (what: string, max: number) =>
  z
    .string({ error: `Enter ${what}.` })
    .trim()
    .max(max, `Keep ${what} to ${max} characters or fewer.`)
    .refine((v) => !CONTROL.test(v) && !PRIVATE_USE.test(v), `${what[0]!.toUpperCase()}${what.slice(1)} has a character that can't be used in an email. Retype it rather than pasting it.`);

const singleLine = (what: string, max: number) => text(what, max).refine((v) => !LINE_BREAK.test(v), `Keep ${what} on one line.`);

/** Blank means "use the default", stored as null. */
const blankAsNull = <T extends z.ZodType<string, string>>(schema: T) => schema.transform((v) => (v === "" ? null : v));

const days = (what: string, { min, max }: { min: number; max: number }) => {
  const message = `Enter ${what} as a whole number of days from ${min} to ${max}.`;
  return z
    .union([z.number(), z.string().trim()], { error: message })
    .transform((v) => (v === "" ? Number.NaN : Number(v)))
    .pipe(z.number({ error: message }).int(message).min(min, message).max(max, message));
};

export const organisationNameSchema = singleLine("the organisation's name", ORGANISATION_LIMITS.name).refine((v) => v.length > 0, "Enter the organisation's name.");

const senderNameSchema = blankAsNull(
  singleLine("the sender name", ORGANISATION_LIMITS.senderName).refine((v) => !/[<>"]/.test(v), "Leave out < > and \" from the sender name: the address is added after it."),
);
const replyToSchema = blankAsNull(
  singleLine("the reply-to address", ORGANISATION_LIMITS.replyTo).refine((v) => v === "" || z.email().safeParse(v).success, "Enter a valid email address for replies, like people@example.com, or leave it blank."),
);

/** What the welcome email says and who it comes from: the preview takes these, the save takes them with the rest. */
export const welcomeEmailSettingsSchema = z.object({
  name: organisationNameSchema,
  emailSenderName: senderNameSchema,
  emailReplyTo: replyToSchema,
  welcomeSubject: blankAsNull(singleLine("the subject", ORGANISATION_LIMITS.welcomeSubject)),
  welcomeIntro: blankAsNull(text("the opening paragraph", ORGANISATION_LIMITS.welcomeIntro)),
  activationLinkDays: days("how long the activation link works", ORGANISATION_LIMITS.activationLinkDays),
});
export type WelcomeEmailSettings = z.output<typeof welcomeEmailSettingsSchema>;

/** Settings → Organisation. */
export const organisationSettingsSchema = welcomeEmailSettingsSchema.extend({
  importRetentionDays: days("how long uploaded files are kept", ORGANISATION_LIMITS.importRetentionDays),
});
export type OrganisationSettingsInput = z.input<typeof organisationSettingsSchema>;
export type OrganisationSettings = z.output<typeof organisationSettingsSchema>;
