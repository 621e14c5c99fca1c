import "server-only";
import { render } from "@react-email/render";
import type { ReactElement } from "react";
import { Resend } from "resend";
import type { PrismaClient } from "@/generated/prisma/client";
import type { EmailKind } from "@/generated/prisma/enums";
import { env } from "@/lib/env";

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

export async function renderEmail(body: ReactElement) {
  const [html, text] = await Promise.all([render(body), render(body, { plainText: true })]);
  return { html, text };
}

/**
 * Records the email, then sends it through Resend. Without RESEND_API_KEY
 * (the embedded default) it stays in the outbox page for a developer to read.
 */
export async function sendEmail(db: PrismaClient, email: OutgoingEmail) {
  const { html, text } = await renderEmail(email.body);
  const client = resendClient();
  const row = await db.email.create({
    data: {
      to: email.to,
      kind: email.kind,
      subject: email.subject,
      html,
      text,
      status: client ? "QUEUED" : "OUTBOX",
      organisationId: email.organisationId ?? null,
      learnerId: email.learnerId,
      importId: email.importId,
    },
  });
  if (!client) return row;

  const { data, error } = await client.emails.send({ from: env.EMAIL_FROM, to: email.to, subject: email.subject, html, text });
  return db.email.update({
    where: { id: row.id },
    data: error
      ? { status: "FAILED", error: `${error.name}: ${error.message}` }
      : { status: "SENT", providerId: data?.id, sentAt: new Date() },
  });
}
