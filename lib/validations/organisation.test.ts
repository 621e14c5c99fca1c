import { describe, expect, it } from "vitest";
import { z } from "zod";
import { organisationSettingsSchema, welcomeEmailSettingsSchema } from "./organisation";

const valid = {
  name: "Acme Health",
  emailSenderName: "Acme People Team",
  emailReplyTo: "people@acme.test",
  welcomeSubject: "Your Acme training account",
  welcomeIntro: "Welcome to Acme!\nYour first course is ready.",
  activationLinkDays: "30",
  importRetentionDays: "90",
};

function errorsFor(input: Record<string, unknown>) {
  const parsed = organisationSettingsSchema.safeParse({ ...valid, ...input });
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
}

describe("organisation settings", () => {
  it("trims the values and reads the days as numbers", () => {
    expect(organisationSettingsSchema.parse({ ...valid, name: "  Acme Health ", activationLinkDays: " 30 ", importRetentionDays: 365 })).toEqual({
      ...valid,
      activationLinkDays: 30,
      importRetentionDays: 365,
    });
  });

  it("stores blank wording, sender and reply-to as null: the built-in wording, the organisation's name, no Reply-To", () => {
    expect(organisationSettingsSchema.parse({ ...valid, emailSenderName: " ", emailReplyTo: "", welcomeSubject: "", welcomeIntro: "\n  \n" })).toMatchObject({
      emailSenderName: null,
      emailReplyTo: null,
      welcomeSubject: null,
      welcomeIntro: null,
    });
  });

  it("needs a name", () => {
    expect(errorsFor({ name: "   " }).name).toEqual(["Enter the organisation's name."]);
    expect(errorsFor({ name: "x".repeat(101) }).name).toEqual(["Keep the organisation's name to 100 characters or fewer."]);
  });

  it("refuses a reply-to that isn't an email address", () => {
    expect(errorsFor({ emailReplyTo: "people at acme" }).emailReplyTo).toEqual(["Enter a valid email address for replies, like people@example.com, or leave it blank."]);
    expect(errorsFor({ emailReplyTo: "a@b.test, c@d.test" }).emailReplyTo).toHaveLength(1);
  });

  it("refuses a sender name that would look like an address or break the header", () => {
    expect(errorsFor({ emailSenderName: "Acme <ceo@acme.test>" }).emailSenderName).toEqual(['Leave out < > and " from the sender name: the address is added after it.']);
    expect(errorsFor({ emailSenderName: "Acme\r\nBcc: x@y.test" }).emailSenderName).toContain("Keep the sender name on one line.");
    expect(errorsFor({ emailSenderName: "x".repeat(81) }).emailSenderName).toEqual(["Keep the sender name to 80 characters or fewer."]);
  });

  it("limits the subject and opening paragraph", () => {
    expect(errorsFor({ welcomeSubject: "x".repeat(151) }).welcomeSubject).toEqual(["Keep the subject to 150 characters or fewer."]);
    expect(errorsFor({ welcomeIntro: "x".repeat(1001) }).welcomeIntro).toEqual(["Keep the opening paragraph to 1000 characters or fewer."]);
    expect(errorsFor({ welcomeIntro: "x".repeat(1000) }).welcomeIntro).toBeUndefined();
  });

  it("refuses characters the welcome batch uses as its own placeholders, and control characters", () => {
    expect(errorsFor({ welcomeIntro: "Hello \uE000" }).welcomeIntro).toEqual(["The opening paragraph has a character that can't be used in an email. Retype it rather than pasting it."]);
    expect(errorsFor({ welcomeSubject: "Hi\u0007" }).welcomeSubject).toHaveLength(1);
  });

  it("keeps the activation link between 1 and 90 days and the files between 7 and 3650", () => {
    const link = "Enter how long the activation link works as a whole number of days from 1 to 90.";
    for (const bad of ["0", "91", "1.5", "", "two weeks", null]) expect(errorsFor({ activationLinkDays: bad }).activationLinkDays, String(bad)).toEqual([link]);
    expect(errorsFor({ activationLinkDays: "1" }).activationLinkDays).toBeUndefined();
    expect(errorsFor({ activationLinkDays: 90 }).activationLinkDays).toBeUndefined();
    const kept = "Enter how long uploaded files are kept as a whole number of days from 7 to 3650.";
    for (const bad of ["6", "3651", "-7"]) expect(errorsFor({ importRetentionDays: bad }).importRetentionDays, bad).toEqual([kept]);
    expect(errorsFor({ importRetentionDays: "3650" }).importRetentionDays).toBeUndefined();
  });

  it("lets the preview go without the retention setting", () => {
    const welcome: Partial<typeof valid> = { ...valid };
    delete welcome.importRetentionDays;
    expect(welcomeEmailSettingsSchema.safeParse(welcome).success).toBe(true);
  });
});
