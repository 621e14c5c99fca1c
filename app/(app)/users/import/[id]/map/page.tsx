import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { PageHeader } from "@/components/app-shell/page-header";
import { Stepper } from "@/components/imports/stepper";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { fieldNamedBy } from "@/lib/imports/match-headers";
import { listFields } from "@/lib/server/fields/list-fields";
import { getImport } from "@/lib/server/imports/get-import";
import { readMapping } from "@/lib/server/imports/import-options";
import { MappingForm } from "./mapping-form";

export const metadata: Metadata = { title: "Map fields" };

const SAMPLE_ROWS = 50;
const SAMPLES_PER_COLUMN = 3;

export default async function MapFieldsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const admin = await requirePermission("imports:write");
  const db = await getDb();
  const job = await getImport(db, admin.organisationId, id);
  if (!job) notFound();
  if (job.status !== "DRAFT") redirect(`/imports/${job.id}`);

  const [allFields, rows] = await Promise.all([
    listFields(db, admin.organisationId, { includeDisabled: true, withGroups: true }),
    db.importRow.findMany({ where: { importId: job.id }, orderBy: { rowNumber: "asc" }, take: SAMPLE_ROWS, select: { cells: true } }),
  ]);
  const samples = job.headers.map((_, column) =>
    rows
      .map((row) => row.cells[column] ?? "")
      .filter(Boolean)
      .slice(0, SAMPLES_PER_COLUMN),
  );
  const mapping = readMapping(job.mapping);
  const fields = allFields.filter((f) => f.enabled);

  return (
    <>
      <PageHeader
        title="Map fields"
        description={`Check where each column of ${job.fileName ?? "your file"} goes. We matched the headers we recognised; choose “Don't import” for columns you want to leave out.`}
      />
      <Stepper current="Map fields" />
      <MappingForm
        importId={job.id}
        headers={job.headers}
        samples={samples}
        initial={job.headers.map((_, column) => mapping[column] ?? "")}
        fields={fields.map((f) => ({ key: f.key, label: f.label, builtIn: f.builtIn }))}
        namedFields={job.headers.map((header) => {
          const named = fieldNamedBy(header, allFields);
          return named ? { id: named.id, key: named.key, label: named.label, enabled: named.enabled } : null;
        })}
        totalRows={job.totalRows}
      />
    </>
  );
}
