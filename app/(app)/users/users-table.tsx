"use client";

import { getCoreRowModel, useReactTable, type RowSelectionState, type SortingState, type Updater, type VisibilityState } from "@tanstack/react-table";
import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableFilterTabs } from "@/components/data-table/data-table-filter-tabs";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { DataTableSearch } from "@/components/data-table/data-table-search";
import { DataTableViewOptions } from "@/components/data-table/data-table-view-options";
import { Select, SelectContent, SelectItem, SelectSeparator, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { GroupOption } from "@/lib/server/groups/list-groups";
import type { LearnerList } from "@/lib/server/learners/list-learners";
import { learnerListSearch, PAGE_SIZES, type LearnerListQuery, type LearnerSort, type LearnerStatus, type PageSize } from "@/lib/validations/learners";
import { UsersBulkActions } from "./users-bulk-actions";
import { UsersNoResults } from "./users-no-results";
import { initiallyHiddenColumns, usersColumns, type CustomFieldColumn } from "./users-table-columns";

interface UsersTableProps {
  list: LearnerList;
  query: LearnerListQuery;
  customFields: CustomFieldColumn[];
  /** The organisation's groups, for the filter and the bulk actions. */
  groups: GroupOption[];
  /** On a group's own page: its members only, with no group filter, at that page's address. */
  fixedGroup?: GroupOption;
  /** A Viewer's list: no selection and no bulk actions (the page says why). */
  readOnly?: boolean;
  /** Offer Erase among the bulk actions. */
  canErase?: boolean;
}

const ALL_GROUPS = "__all";

function resolve<T>(updater: Updater<T>, current: T): T {
  return typeof updater === "function" ? (updater as (old: T) => T)(current) : updater;
}

/**
 * The users list. Search, status, sort and page live in the URL (so a link
 * can be shared and survives reload) and the server does the work; column
 * visibility and the selection are local to this view.
 */
export function UsersTable({ list, query, customFields, groups, fixedGroup, readOnly = false, canErase = false }: UsersTableProps) {
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  const columns = useMemo(() => usersColumns(customFields, { selectable: !readOnly }), [customFields, readOnly]);
  const [columnVisibility, setColumnVisibility] = useState<VisibilityState>(() => initiallyHiddenColumns(customFields));
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});

  // A new page of rows (another page, filter, or after an action) starts with nothing selected,
  // so a bulk action never reaches rows the admin can no longer see.
  const [rowsForSelection, setRowsForSelection] = useState(list.rows);
  if (rowsForSelection !== list.rows) {
    setRowsForSelection(list.rows);
    setRowSelection({});
  }

  function navigate(change: Partial<LearnerListQuery>, { replace = false } = {}) {
    const href = fixedGroup ? `/groups/${fixedGroup.id}${learnerListSearch({ ...query, ...change, group: "" })}` : `/users${learnerListSearch({ ...query, ...change })}`;
    startNavigation(() => (replace ? router.replace(href, { scroll: false }) : router.push(href, { scroll: false })));
  }

  const sorting: SortingState = [{ id: query.sort, desc: query.dir === "desc" }];
  // This app doesn't use the React Compiler, which is what the rule protects.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: list.rows,
    columns,
    getRowId: (learner) => learner.id,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    pageCount: list.pageCount,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting, rowSelection, columnVisibility },
    onRowSelectionChange: setRowSelection,
    onColumnVisibilityChange: setColumnVisibility,
    onSortingChange: (updater) => {
      const [next] = resolve(updater, sorting);
      if (next) navigate({ sort: next.id as LearnerSort, dir: next.desc ? "desc" : "asc", page: 1 });
    },
  });
  const selected = table.getSelectedRowModel().rows.map((row) => row.original);

  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
          <DataTableSearch
            label="Search users"
            placeholder="Search name or email…"
            value={query.q}
            onSearch={(q) => navigate({ q, page: 1 }, { replace: true })}
          />
          <DataTableFilterTabs<LearnerStatus>
            label="Show users"
            value={query.status}
            onChange={(status) => navigate({ status, page: 1 })}
            options={[
              { value: "active", label: "Active", count: list.counts.active },
              { value: "archived", label: "Archived", count: list.counts.archived },
              { value: "all", label: "All", count: list.counts.all },
            ]}
          />
          {!fixedGroup && groups.length > 0 && (
            <Select value={query.group || ALL_GROUPS} onValueChange={(group) => navigate({ group: group === ALL_GROUPS ? "" : group, page: 1 })}>
              <SelectTrigger aria-label="Filter by group" className="w-full sm:w-48">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value={ALL_GROUPS}>All groups</SelectItem>
                <SelectSeparator />
                {groups.map((group) => (
                  <SelectItem key={group.id} value={group.id}>
                    {group.name}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          )}
        </div>
        <DataTableViewOptions table={table} />
      </div>

      {!readOnly && selected.length > 0 && <UsersBulkActions selected={selected} groups={groups} fixedGroup={fixedGroup} canErase={canErase} onClear={() => setRowSelection({})} />}

      <DataTable
        table={table}
        label="Users"
        pending={navigating}
        empty={
          <UsersNoResults
            query={query}
            counts={list.counts}
            onClearSearch={() => navigate({ q: "", page: 1 })}
            onShowStatus={(status) => navigate({ status, page: 1 })}
            groupName={fixedGroup?.name ?? groups.find((group) => group.id === query.group)?.name}
            onClearGroup={fixedGroup ? undefined : () => navigate({ group: "", page: 1 })}
          />
        }
      />

      {list.total > 0 && (
        <DataTablePagination
          page={list.page}
          pageCount={list.pageCount}
          pageSize={query.pageSize}
          pageSizes={PAGE_SIZES}
          total={list.total}
          onPageChange={(page) => navigate({ page })}
          onPageSizeChange={(pageSize) => navigate({ pageSize: pageSize as PageSize, page: 1 })}
        />
      )}
    </div>
  );
}
