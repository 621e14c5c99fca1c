"use client";

import { FileSpreadsheet, UploadCloud, X } from "lucide-react";
import { useEffect, useEffectEvent, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

function formatSize(bytes: number) {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Choose or drop one CSV file. The file input is a real, visible one named
 * `name`, so a form the browser posts by itself (before the page is
 * interactive, or without JavaScript) sends the file, and shows its name.
 */
export function FileDropZone({ file, onFile, disabled, name }: { file: File | null; onFile: (file: File | null) => void; disabled?: boolean; name?: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  // A file chosen before the page was interactive fired no change event React saw: it is only in the input.
  const adoptEarlyChoice = useEffectEvent(() => {
    const early = input.current?.files?.[0];
    if (early) onFile(early);
  });
  useEffect(() => adoptEarlyChoice(), []);

  if (file) {
    return (
      <div className="flex items-center gap-3 rounded-lg border bg-muted/30 p-4">
        <FileSpreadsheet className="size-8 shrink-0 text-primary" aria-hidden />
        <div className="min-w-0 flex-1">
          <p className="truncate text-sm font-medium">{file.name}</p>
          <p className="text-xs text-muted-foreground">{formatSize(file.size)}</p>
        </div>
        <Button type="button" variant="ghost" size="icon-sm" onClick={() => onFile(null)} disabled={disabled} aria-label={`Remove ${file.name}`}>
          <X aria-hidden />
        </Button>
      </div>
    );
  }

  return (
    <label
      htmlFor={id}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        const dropped = event.dataTransfer.files[0];
        if (dropped) onFile(dropped);
      }}
      className={cn(
        "flex min-h-40 cursor-pointer flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed p-6 text-center transition-colors hover:bg-muted/40 has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/50",
        dragging && "border-primary bg-primary/5",
      )}
    >
      <UploadCloud className="size-8 text-muted-foreground" aria-hidden />
      <span className="text-sm font-medium">Drop a CSV file here, or choose one</span>
      <input
        ref={input}
        id={id}
        name={name}
        type="file"
        accept=".csv,text/csv"
        className="max-w-full cursor-pointer text-sm text-muted-foreground focus-visible:outline-none file:mr-3 file:cursor-pointer file:rounded-md file:border file:border-input file:bg-background file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-foreground file:shadow-xs hover:file:bg-accent"
        disabled={disabled}
        aria-label="CSV file"
        onChange={(event) => {
          onFile(event.target.files?.[0] ?? null);
          event.target.value = "";
        }}
      />
      <span className="text-xs text-muted-foreground">CSV only, up to 100 MB and 1,000,000 rows</span>
    </label>
  );
}
