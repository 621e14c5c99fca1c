"use client";

import { cn } from "@/lib/utils";

export interface FilterOption<T extends string> {
  value: T;
  label: string;
  count?: number;
}

interface DataTableFilterTabsProps<T extends string> {
  label: string;
  value: T;
  options: FilterOption<T>[];
  onChange: (value: T) => void;
}

const count = new Intl.NumberFormat("en-GB");

/** A row of toggle buttons choosing one filter value, each with its count. */
export function DataTableFilterTabs<T extends string>({ label, value, options, onChange }: DataTableFilterTabsProps<T>) {
  return (
    <div role="group" aria-label={label} className="inline-flex h-9 w-fit items-center rounded-lg bg-muted p-[3px] text-muted-foreground">
      {options.map((option) => {
        const selected = option.value === value;
        return (
          <button
            key={option.value}
            type="button"
            aria-pressed={selected}
            onClick={() => onChange(option.value)}
            className={cn(
              "inline-flex h-full items-center gap-1.5 rounded-md px-3 text-sm font-medium whitespace-nowrap transition-[color,box-shadow] outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
              selected ? "bg-background text-foreground shadow-sm" : "hover:text-foreground",
            )}
          >
            {option.label}
            {option.count !== undefined && <span className="text-xs tabular-nums text-muted-foreground">{count.format(option.count)}</span>}
          </button>
        );
      })}
    </div>
  );
}
