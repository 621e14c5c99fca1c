import { expect } from "@playwright/test";
import type { CapturedEmail } from "../../tests/support/fake-resend";
import { E2E_MAIL_PORT } from "../../playwright.config";

const mailUrl = `http://127.0.0.1:${E2E_MAIL_PORT}/__emails`;

export async function emailsTo(address: string): Promise<CapturedEmail[]> {
  const all = (await (await fetch(mailUrl)).json()) as CapturedEmail[];
  return all.filter((e) => e.to.some((to) => to.toLowerCase() === address.toLowerCase()));
}

/** Waits for the app to send an email to this address through the Resend SDK. */
export async function waitForEmail(address: string, subject: RegExp): Promise<CapturedEmail> {
  let found: CapturedEmail | undefined;
  await expect
    .poll(async () => {
      found = (await emailsTo(address)).find((e) => subject.test(e.subject));
      return Boolean(found);
    }, { message: `an email to ${address} matching ${subject}` })
    .toBe(true);
  return found!;
}

export function linkIn(email: CapturedEmail, pathPrefix: string): string {
  const match = (email.text ?? email.html ?? "").match(new RegExp(`https?://[^\\s"'<>]*${pathPrefix}[^\\s"'<>]*`));
  if (!match) throw new Error(`No ${pathPrefix} link in email "${email.subject}"`);
  return match[0].replace(/&amp;/g, "&");
}
