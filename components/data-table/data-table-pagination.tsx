"use client";

import { ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

interface DataTablePaginationProps {
  page: number;
  pageCount: number;
  pageSize: number;
  pageSizes: readonly number[];
  total: number;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
}

const count = new Intl.NumberFormat("en-GB");

/** "Showing 26–50 of 1,234", rows per page, and first/previous/next/last page buttons. */
export function DataTablePagination({ page, pageCount, pageSize, pageSizes, total, onPageChange, onPageSizeChange }: DataTablePaginationProps) {
  const pageSizeId = useId();
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  const canGoBack = page > 1;
  const canGoForward = page < pageCount;

  return (
    <div className="flex flex-col gap-3 px-1 text-sm sm:flex-row sm:items-center sm:justify-between">
      <p className="text-muted-foreground" aria-live="polite">
        Showing {count.format(first)}–{count.format(last)} of {count.format(total)}
      </p>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <div className="flex items-center gap-2">
          <span id={pageSizeId} className="text-muted-foreground">
            Rows per page
          </span>
          <Select value={String(pageSize)} onValueChange={(value) => onPageSizeChange(Number(value))}>
            <SelectTrigger size="sm" aria-labelledby={pageSizeId} className="w-[4.5rem]">
              <SelectValue>{pageSize}</SelectValue>
            </SelectTrigger>
            <SelectContent>
              {pageSizes.map((size) => (
                <SelectItem key={size} value={String(size)}>
                  {size}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        <span className="text-muted-foreground">
          Page {count.format(page)} of {count.format(pageCount)}
        </span>
        <nav aria-label="Pagination" className="flex items-center gap-1">
          <Button variant="outline" size="icon-sm" aria-label="First page" disabled={!canGoBack} onClick={() => onPageChange(1)}>
            <ChevronsLeft aria-hidden />
          </Button>
          <Button variant="outline" size="icon-sm" aria-label="Previous page" disabled={!canGoBack} onClick={() => onPageChange(page - 1)}>
            <ChevronLeft aria-hidden />
          </Button>
          <Button variant="outline" size="icon-sm" aria-label="Next page" disabled={!canGoForward} onClick={() => onPageChange(page + 1)}>
            <ChevronRight aria-hidden />
          </Button>
          <Button variant="outline" size="icon-sm" aria-label="Last page" disabled={!canGoForward} onClick={() => onPageChange(pageCount)}>
            <ChevronsRight aria-hidden />
          </Button>
        </nav>
      </div>
    </div>
  );
}
