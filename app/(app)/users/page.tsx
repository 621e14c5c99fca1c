import { Download, UserPlus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/app-shell/page-header";
import { RoleNotice } from "@/components/app-shell/role-notice";
import { Button } from "@/components/ui/button";
import { requirePermission } from "@/lib/auth/require-permission";
import { can } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { listFields } from "@/lib/server/fields/list-fields";
import { listGroupOptions } from "@/lib/server/groups/list-groups";
import { listLearners } from "@/lib/server/learners/list-learners";
import { parseLearnerListQuery } from "@/lib/validations/learners";
import { exportHref } from "./export-href";
import { UsersEmptyState } from "./users-empty-state";
import { UsersTable } from "./users-table";

export const metadata: Metadata = { title: "Users" };


export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requirePermission("view");
  const query = parseLearnerListQuery(await searchParams);
  const db = await getDb();
  const [list, fields, groups] = await Promise.all([listLearners(db, admin.organisationId, query), listFields(db, admin.organisationId), listGroupOptions(db, admin.organisationId)]);
  const customFields = fields.filter((field) => !field.builtIn).map(({ key, label }) => ({ key, label }));
  const hasNoUsers = list.counts.all === 0 && !query.q && !query.group;
  const canImport = can(admin.role, "imports:write");
  const canEdit = can(admin.role, "users:write");

  return (
    <>
      <PageHeader
        title="Users"
        description="Everyone in your organisation's learning platform. To change many users at once, export them, edit the spreadsheet and upload it with Add/Update Users."
        actions={
          <>
            {!hasNoUsers && (
              <Button variant="outline" asChild>
                <a href={exportHref(query)}>
                  <Download aria-hidden />
                  Export CSV
                </a>
              </Button>
            )}
            {canImport && (
              <Button asChild>
                <Link href="/users/import">
                  <UserPlus aria-hidden />
                  Add/Update Users
                </Link>
              </Button>
            )}
          </>
        }
      />
      {!canEdit && <RoleNotice role={admin.role} permission={canImport ? "users:write" : "imports:write"} className="mb-6" />}
      {hasNoUsers ? <UsersEmptyState canImport={canImport} /> : <UsersTable list={list} query={query} customFields={customFields} groups={groups} readOnly={!canEdit} canErase={can(admin.role, "learners:erase")} />}
    </>
  );
}
