"use client";

import { flexRender, type Table as TanstackTable } from "@tanstack/react-table";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";

interface DataTableProps<TData> {
  table: TanstackTable<TData>;
  /** Names the table for screen readers. */
  label: string;
  /** Shown in place of the rows when there are none. */
  empty?: React.ReactNode;
  /** Dims the rows while new data loads, keeping the old ones readable. */
  pending?: boolean;
}

function ariaSort(sorted: false | "asc" | "desc") {
  if (sorted === "asc") return "ascending";
  if (sorted === "desc") return "descending";
  return "none";
}

/** Renders a TanStack table with the shadcn table components; state and data stay with the caller. */
export function DataTable<TData>({ table, label, empty, pending = false }: DataTableProps<TData>) {
  const rows = table.getRowModel().rows;
  const columnCount = table.getVisibleLeafColumns().length;
  return (
    <div className="rounded-md border" aria-busy={pending || undefined}>
      <Table aria-label={label} className={cn("transition-opacity", pending && "opacity-60")}>
        <TableHeader>
          {table.getHeaderGroups().map((group) => (
            <TableRow key={group.id} className="hover:bg-transparent">
              {group.headers.map((header) => (
                <TableHead
                  key={header.id}
                  scope="col"
                  aria-sort={header.column.getCanSort() ? ariaSort(header.column.getIsSorted()) : undefined}
                  className={header.column.columnDef.meta?.className}
                >
                  {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
                </TableHead>
              ))}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody>
          {rows.length > 0 ? (
            rows.map((row) => (
              <TableRow key={row.id} data-state={row.getIsSelected() ? "selected" : undefined}>
                {row.getVisibleCells().map((cell) => (
                  <TableCell key={cell.id} className={cell.column.columnDef.meta?.className}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </TableCell>
                ))}
              </TableRow>
            ))
          ) : (
            <TableRow className="hover:bg-transparent">
              <TableCell colSpan={columnCount} className="h-40 text-center whitespace-normal">
                {empty ?? <span className="text-muted-foreground">No results.</span>}
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </div>
  );
}
