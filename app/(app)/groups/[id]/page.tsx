import { ArrowLeft, Download } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PageHeader } from "@/components/app-shell/page-header";
import { Button } from "@/components/ui/button";
import { requirePermission } from "@/lib/auth/require-permission";
import { can } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { listFields } from "@/lib/server/fields/list-fields";
import { getGroup, listGroupOptions } from "@/lib/server/groups/list-groups";
import { listLearners } from "@/lib/server/learners/list-learners";
import { parseLearnerListQuery } from "@/lib/validations/learners";
import { exportHref } from "../../users/export-href";
import { UsersTable } from "../../users/users-table";
import { DeleteGroupDialog, EditGroupDialog } from "../group-dialogs";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Shared by the metadata and the page, so the group is read once per request.
const loadGroup = cache(async (id: string) => {
  const admin = await requirePermission("view");
  const group = await getGroup(await getDb(), admin.organisationId, id);
  return { admin, group };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { group } = await loadGroup((await params).id);
  return { title: group ? group.name : "Group not found" };
}

/** A group's members in the users table: searched, sorted and paged by the server, as on the Users page. */
export default async function GroupPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { admin, group } = await loadGroup(id);
  if (!group) notFound();
  const query = { ...parseLearnerListQuery(await searchParams), group: group.id };
  const db = await getDb();
  const [list, fields, groups] = await Promise.all([listLearners(db, admin.organisationId, query), listFields(db, admin.organisationId), listGroupOptions(db, admin.organisationId)]);
  const customFields = fields.filter((field) => !field.builtIn).map(({ key, label }) => ({ key, label }));
  const members = group._count.members;

  return (
    <>
      <Link
        href="/groups"
        className="mb-4 inline-flex items-center gap-1 rounded-sm text-sm text-muted-foreground outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50"
      >
        <ArrowLeft className="size-4" aria-hidden />
        Groups
      </Link>
      <PageHeader
        title={group.name}
        description={
          <>
            {group.description && <span className="block">{group.description}</span>}
            <span className="block">{members === 1 ? "1 member" : `${members.toLocaleString("en-GB")} members`}. Add users from the Users list or with the Groups column of a spreadsheet.</span>
          </>
        }
        actions={
          <>
            {members > 0 && (
              <Button variant="outline" asChild>
                <a href={exportHref({ ...query, status: "all", q: "" })}>
                  <Download aria-hidden />
                  Export CSV
                </a>
              </Button>
            )}
            {can(admin.role, "groups:write") && (
              <>
                <EditGroupDialog group={group} size="default" />
                <DeleteGroupDialog group={{ id: group.id, name: group.name, members }} leaveTo="/groups" size="default" />
              </>
            )}
          </>
        }
      />
      <UsersTable list={list} query={query} customFields={customFields} groups={groups} fixedGroup={{ id: group.id, name: group.name }} readOnly={!can(admin.role, "groups:write")} />
    </>
  );
}
