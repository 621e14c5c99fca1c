import "server-only";
import { render } from "@react-email/render";
import type { ReactElement } from "react";
import { Resend } from "resend";
import type { PrismaClient } from "@/generated/prisma/client";
import type { EmailKind } from "@/generated/prisma/enums";
import { env } from "@/lib/env";
import { organisationSender } from "@/lib/server/organisations/organisation-sender";
import { withResendSlot } from "./rate-limit";
import { redactSecretLinks } from "./redact";

export interface OutgoingEmail {
  to: string;
  kind: EmailKind;
  subject: string;
  body: ReactElement;
  organisationId?: string | null;
  learnerId?: string;
  importId?: string;
}

let resend: Resend | undefined;
export function resendClient(): Resend | null {
  if (!env.RESEND_API_KEY) return null;
  resend ??= new Resend(env.RESEND_API_KEY);
  return resend;
}

/** Rate limits and Resend's own failures are worth retrying; a rejected address is not. */
export class RetryableEmailError extends Error {}

export function isRetryable(error: { name: string; statusCode?: number | null }) {
  const status = error.statusCode ?? 0;
  return status === 429 || status >= 500 || error.name === "rate_limit_exceeded" || error.name === "application_error" || error.name === "internal_server_error";
}

export async function renderEmail(body: ReactElement) {
  const [html, text] = await Promise.all([render(body), render(body, { plainText: true })]);
  return { html, text };
}

/**
 * Records the email, then sends it through Resend. Without RESEND_API_KEY
 * (the embedded default) it stays in the outbox page for a developer to read.
 * An organisation's email carries its sender name and Reply-To.
 */
export async function sendEmail(db: PrismaClient, email: OutgoingEmail) {
  const [{ html, text }, sender] = await Promise.all([renderEmail(email.body), organisationSender(db, email.organisationId)]);
  const client = resendClient();
  const row = await db.email.create({
    data: {
      to: email.to,
      kind: email.kind,
      subject: email.subject,
      from: sender.from,
      replyTo: sender.replyTo,
      html,
      text,
      status: client ? "QUEUED" : "OUTBOX",
      organisationId: email.organisationId ?? null,
      learnerId: email.learnerId,
      importId: email.importId,
    },
  });
  return client ? deliverEmail(db, row) : row;
}

export interface StoredEmail {
  to: string;
  subject: string;
  from: string | null;
  replyTo: string | null;
  html: string;
  text: string;
}

/** A stored email as Resend's SDK takes it: the headers it was written with (EMAIL_FROM for one stored before it had any). */
export function resendPayload(row: StoredEmail) {
  return { from: row.from ?? env.EMAIL_FROM, ...(row.replyTo ? { replyTo: row.replyTo } : {}), to: row.to, subject: row.subject, html: row.html, text: row.text };
}

/** Sends a stored email (new, or one that failed for a retryable reason) through Resend. */
export async function deliverEmail(db: PrismaClient, row: StoredEmail & { id: string }) {
  const client = resendClient();
  if (!client) return db.email.update({ where: { id: row.id }, data: { status: "OUTBOX", error: null } });
  const { data, error } = await withResendSlot(() => client.emails.send(resendPayload(row)));
  if (error) {
    const failed = await db.email.update({ where: { id: row.id }, data: { status: "FAILED", error: `${error.name}: ${error.message}` } });
    if (isRetryable(error)) throw new RetryableEmailError(`Resend refused the email for now (${error.name}): ${error.message}`);
    return failed;
  }
  return db.email.update({
    where: { id: row.id },
    data: { status: "SENT", providerId: data?.id, error: null, sentAt: new Date(), html: redactSecretLinks(row.html), text: redactSecretLinks(row.text) },
  });
}
