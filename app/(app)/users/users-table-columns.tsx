"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { selectColumn } from "@/components/data-table/data-table-select-column";
import type { LearnerListRow } from "@/lib/server/learners/list-learners";
import { GroupBadges, StatusBadge, WelcomeBadge } from "./learner-badges";
import { learnerName } from "./learner-name";
import { LocalDate } from "@/components/app-shell/local-date";

export interface CustomFieldColumn {
  key: string;
  label: string;
}

/** Custom fields and the "Added" date start hidden; the admin shows them from the Columns menu. */
export function initiallyHiddenColumns(customFields: CustomFieldColumn[]): Record<string, boolean> {
  return Object.fromEntries([["created", false], ...customFields.map((field) => [customFieldColumnId(field.key), false])]);
}

const customFieldColumnId = (key: string) => `field:${key}`;

/**
 * Column ids that can be sorted are the list's sort keys, so sorting maps straight onto the URL.
 * Without `selectable` (a Viewer: no bulk action to run) there are no checkboxes.
 */
export function usersColumns(customFields: CustomFieldColumn[], { selectable = true } = {}): ColumnDef<LearnerListRow>[] {
  return [
    ...(selectable ? [selectColumn<LearnerListRow>({ allLabel: "Select all users on this page", rowLabel: learnerName })] : []),
    {
      id: "name",
      accessorFn: learnerName,
      enableHiding: false,
      header: ({ column }) => <DataTableColumnHeader column={column} title="Name" />,
      cell: ({ row }) => (
        <Link
          href={`/users/${row.original.id}`}
          className="rounded-sm font-medium underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
        >
          {learnerName(row.original)}
        </Link>
      ),
    },
    {
      id: "email",
      accessorKey: "email",
      enableHiding: false,
      header: ({ column }) => <DataTableColumnHeader column={column} title="Email" />,
      cell: ({ row }) => <span className="text-muted-foreground">{row.original.email}</span>,
    },
    {
      id: "status",
      enableSorting: false,
      meta: { label: "Status" },
      header: "Status",
      cell: ({ row }) => <StatusBadge active={row.original.active} />,
    },
    {
      id: "welcome",
      enableSorting: false,
      meta: { label: "Welcome email" },
      header: "Welcome email",
      cell: ({ row }) => <WelcomeBadge state={row.original.welcome} />,
    },
    {
      id: "groups",
      enableSorting: false,
      meta: { label: "Groups" },
      header: "Groups",
      cell: ({ row }) => <GroupBadges groups={row.original.groups} />,
    },
    ...customFields.map(
      (field): ColumnDef<LearnerListRow> => ({
        id: customFieldColumnId(field.key),
        accessorFn: (learner) => learner.customFields[field.key] ?? "",
        enableSorting: false,
        meta: { label: field.label },
        header: field.label,
      }),
    ),
    {
      id: "created",
      accessorKey: "createdAt",
      sortDescFirst: true,
      meta: { label: "Added" },
      header: ({ column }) => <DataTableColumnHeader column={column} title="Added" />,
      cell: ({ row }) => <LocalDate value={row.original.createdAt} />,
    },
    {
      id: "updated",
      accessorKey: "updatedAt",
      sortDescFirst: true,
      meta: { label: "Updated" },
      header: ({ column }) => <DataTableColumnHeader column={column} title="Updated" />,
      cell: ({ row }) => <LocalDate value={row.original.updatedAt} />,
    },
  ];
}
