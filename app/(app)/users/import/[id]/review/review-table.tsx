"use client";

import { type ColumnDef, flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { ArrowRight } from "lucide-react";
import { ActionBadge } from "@/components/imports/action-badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { PlannedRow } from "@/lib/server/imports/plan-import";
import { FixRowDialog, type MappedColumn } from "./fix-row-dialog";

function formatValue(value: string | boolean | null, field?: string) {
  if (field === "groups" && !value) return <span className="italic text-muted-foreground">no groups</span>;
  if (value === null || value === "") return <span className="italic text-muted-foreground">blank</span>;
  if (typeof value === "boolean") return value ? "Active" : "Archived";
  return value;
}

export function ReviewTable({
  importId,
  rows,
  labels,
  mappedColumns,
  cellsByRow,
  emptyMessage,
}: {
  importId: string;
  rows: PlannedRow[];
  labels: Record<string, string>;
  mappedColumns: MappedColumn[];
  cellsByRow: Record<number, string[]>;
  emptyMessage: string;
}) {
  const columns: ColumnDef<PlannedRow>[] = [
    { accessorKey: "rowNumber", header: "Row", cell: ({ row }) => <span className="tabular-nums text-muted-foreground">{row.original.rowNumber}</span> },
    { accessorKey: "email", header: "Email", cell: ({ row }) => <span className="break-all font-medium">{row.original.email || <span className="italic text-muted-foreground">no email</span>}</span> },
    { accessorKey: "action", header: "Will", cell: ({ row }) => <ActionBadge action={row.original.action} /> },
    {
      id: "details",
      header: "Details",
      cell: ({ row }) => {
        const r = row.original;
        if (r.action === "error")
          return (
            <div className="grid gap-2">
              <ul className="grid gap-1 text-sm text-destructive">
                {r.errors.map((e, i) => (
                  <li key={i}>{e.message}</li>
                ))}
                {r.errors.length === 0 && r.reason && <li>{r.reason}</li>}
              </ul>
              <FixRowDialog importId={importId} rowNumber={r.rowNumber} columns={mappedColumns} cells={cellsByRow[r.rowNumber] ?? []} />
            </div>
          );
        if (r.action === "skip") return <span className="text-sm text-muted-foreground">{r.reason}</span>;
        if (r.action === "unchanged") return <span className="text-sm text-muted-foreground">Already up to date</span>;
        return (
          <ul className="grid gap-1 text-sm">
            {r.changes.map((change) => (
              <li key={change.field} className="flex flex-wrap items-center gap-1.5">
                <span className="text-muted-foreground">{labels[change.field] ?? change.field}:</span>
                {r.action === "update" && (
                  <>
                    <span className="line-through decoration-muted-foreground/60">{formatValue(change.from, change.field)}</span>
                    <ArrowRight className="size-3 text-muted-foreground" aria-label="becomes" />
                  </>
                )}
                <span className="font-medium">{formatValue(change.to, change.field)}</span>
              </li>
            ))}
          </ul>
        );
      },
    },
  ];
  // eslint-disable-next-line react-hooks/incompatible-library -- the app does not use the React Compiler
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), getRowId: (r) => String(r.rowNumber) });

  return (
    <div className="overflow-hidden rounded-lg border">
      <Table>
        <TableHeader>
          {table.getHeaderGroups().map((group) => (
            <TableRow key={group.id} className="bg-muted/40">
              {group.headers.map((header) => (
                <TableHead key={header.id}>{flexRender(header.column.columnDef.header, header.getContext())}</TableHead>
              ))}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody>
          {table.getRowModel().rows.length ? (
            table.getRowModel().rows.map((row) => (
              <TableRow key={row.id} data-action={row.original.action}>
                {row.getVisibleCells().map((cell) => (
                  <TableCell key={cell.id} className="align-top whitespace-normal">
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </TableCell>
                ))}
              </TableRow>
            ))
          ) : (
            <TableRow>
              <TableCell colSpan={columns.length} className="h-24 text-center text-muted-foreground">
                {emptyMessage}
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </div>
  );
}
