import type { RowData } from "@tanstack/react-table";

declare module "@tanstack/react-table" {
  // The type parameters must repeat the library's declaration for the interfaces to merge.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Shown in the column visibility menu; defaults to the column id. */
    label?: string;
    /** Classes for the column's header and cells (width, alignment). */
    className?: string;
  }
}
