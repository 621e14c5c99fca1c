import { notFound, redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { getImport } from "@/lib/server/imports/get-import";

/** Resumes a draft at the right step; a queued or finished import shows its status page. */
export default async function ImportDraftPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const admin = await requirePermission("imports:write");
  const job = await getImport(await getDb(), admin.organisationId, id);
  if (!job) notFound();
  if (job.status !== "DRAFT") redirect(`/imports/${job.id}`);
  redirect(`/users/import/${job.id}/${job.source === "TEXTBOX" ? "review" : "map"}`);
}
