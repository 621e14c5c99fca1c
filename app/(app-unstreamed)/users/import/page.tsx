import { Download } from "lucide-react";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { PageHeader } from "@/components/app-shell/page-header";
import { Stepper } from "@/components/imports/stepper";
import { Button } from "@/components/ui/button";
import { plural } from "@/lib/imports/message-format";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { decodeFlashErrors, UPLOAD_ERRORS_COOKIE } from "@/lib/http/flash-errors";
import { ImportStart } from "./import-start";

export const metadata: Metadata = { title: "Add/Update Users" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

const UPLOAD_LOST = "The upload didn't go through. Choose the file or paste the users again.";

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ upload?: string | string[] }> }) {
  const admin = await requirePermission("imports:write");
  // Set when the form was posted without the page's script and refused (app/api/imports/upload/route.ts).
  const failed = (await searchParams).upload === "failed";
  const uploadErrors = failed ? decodeFlashErrors((await cookies()).get(UPLOAD_ERRORS_COOKIE)?.value) : [];
  const db = await getDb();
  const drafts = await db.importJob.findMany({
    // Drafts the retention purge is deleting (dataPurgedAt set) are no longer offered.
    where: { organisationId: admin.organisationId, status: "DRAFT", dataPurgedAt: null },
    orderBy: { createdAt: "desc" },
    take: 5,
    select: { id: true, fileName: true, source: true, totalRows: true, createdAt: true },
  });

  return (
    <>
      <PageHeader
        title="Add/Update Users"
        description="Add new staff to your LMS or update existing ones. Email is the identifier: a row for an email that already exists updates that user."
        actions={
          <Button asChild variant="outline">
            <a href="/api/users/template" download>
              <Download aria-hidden /> Download CSV Template
            </a>
          </Button>
        }
      />
      <Stepper current="Upload" />
      {drafts.length > 0 && (
        <section aria-labelledby="drafts-heading" className="mb-6 rounded-lg border bg-muted/30 p-4">
          <h2 id="drafts-heading" className="mb-2 text-sm font-semibold">
            Continue where you left off
          </h2>
          <ul className="grid gap-1 text-sm">
            {drafts.map((draft) => (
              <li key={draft.id}>
                <Link href={`/users/import/${draft.id}`} className="text-primary underline-offset-4 hover:underline">
                  {draft.fileName ?? "Pasted users"}
                </Link>{" "}
                <span className="text-muted-foreground">
                  · {plural(draft.totalRows, "row")} · {dateFormat.format(draft.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ImportStart initialErrors={failed ? (uploadErrors.length ? uploadErrors : [UPLOAD_LOST]) : []} />
    </>
  );
}
