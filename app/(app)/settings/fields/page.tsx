import type { Metadata } from "next";
import { PageHeader } from "@/components/app-shell/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { countFieldValues } from "@/lib/server/fields/count-field-values";
import { listFields } from "@/lib/server/fields/list-fields";
import { AddFieldDialog } from "./add-field-dialog";
import { FieldsEmptyState } from "./fields-empty-state";
import { FieldsTable } from "./fields-table";

export const metadata: Metadata = { title: "Profile fields" };

export default async function ProfileFieldsPage() {
  const admin = await requirePermission("fields:write");
  const db = await getDb();
  const [fields, valueCounts] = await Promise.all([listFields(db, admin.organisationId, { includeDisabled: true }), countFieldValues(db, admin.organisationId)]);
  const hasCustom = fields.some((f) => !f.builtIn);

  return (
    <>
      <PageHeader
        title="Profile fields"
        description="The information you keep about each user. Fields appear in this order in the CSV template, the mapping step and the users table. Disabling a field hides it everywhere without deleting anyone's values."
        actions={hasCustom ? <AddFieldDialog /> : undefined}
      />
      <div className="grid gap-6">
        <FieldsTable fields={fields} valueCounts={valueCounts} />
        {!hasCustom && <FieldsEmptyState />}
      </div>
    </>
  );
}
