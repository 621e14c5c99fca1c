import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/lib/db";
import { outboxAvailable } from "@/lib/email/outbox";

export const metadata: Metadata = { title: "Email outbox" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium" });

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ id?: string; key?: string }> }) {
  const { id, key } = await searchParams;
  if (!outboxAvailable(key)) notFound();
  const db = await getDb();
  // Skipped welcome emails were never sent anywhere and keep no body.
  const emails = await db.email.findMany({ where: { status: { not: "SKIPPED" } }, orderBy: { createdAt: "desc" }, take: 50, select: { id: true, to: true, subject: true, kind: true, status: true, createdAt: true } });
  const selected = id ? await db.email.findUnique({ where: { id } }) : null;

  return (
    <div className="grid gap-4">
      <div>
        <h1 className="text-xl font-semibold">Email outbox</h1>
        <p className="text-sm text-muted-foreground">No email provider is configured (RESEND_API_KEY), so emails are kept here instead of being sent. Only visible with this installation&apos;s outbox link, printed when the app starts.</p>
      </div>
      <div className="grid gap-4 lg:grid-cols-[22rem_1fr]">
        <ul className="grid content-start gap-1 rounded-lg border bg-card p-2" aria-label="Emails">
          {emails.length === 0 && <li className="p-4 text-sm text-muted-foreground">No emails yet.</li>}
          {emails.map((email) => (
            <li key={email.id}>
              <Link href={`?key=${encodeURIComponent(key!)}&id=${email.id}`} aria-current={email.id === id ? "true" : undefined} className="block rounded-md p-2 text-sm hover:bg-muted aria-[current=true]:bg-accent">
                <span className="block truncate font-medium">{email.subject}</span>
                <span className="block truncate text-xs text-muted-foreground">
                  {email.to} · {dateFormat.format(email.createdAt)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
        <div className="min-h-96 rounded-lg border bg-card p-4">
          {selected ? (
            <article className="grid gap-3">
              <header className="grid gap-1 text-sm">
                <h2 className="text-base font-semibold">{selected.subject}</h2>
                <p className="text-muted-foreground">To {selected.to}</p>
                <Badge variant="outline" className="w-fit">{selected.kind.replace("_", " ").toLowerCase()}</Badge>
              </header>
              {/* The stored HTML is rendered by react-email from our own templates; a sandboxed frame keeps it inert. */}
              <iframe title={selected.subject} srcDoc={selected.html} sandbox="allow-popups allow-popups-to-escape-sandbox" className="h-[32rem] w-full rounded-md border bg-white" />
              <details>
                <summary className="cursor-pointer text-sm text-muted-foreground">Plain text</summary>
                <pre className="mt-2 whitespace-pre-wrap text-sm">{selected.text}</pre>
              </details>
            </article>
          ) : (
            <p className="text-sm text-muted-foreground">Choose an email to read it.</p>
          )}
        </div>
      </div>
    </div>
  );
}
