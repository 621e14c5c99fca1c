"use client";

import { Search } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { Input } from "@/components/ui/input";

interface DataTableSearchProps {
  /** The search currently applied (from the URL). */
  value: string;
  /** Called once typing pauses, or at once on Enter. */
  onSearch: (value: string) => void;
  label: string;
  placeholder?: string;
  delayMs?: number;
}

/** A search box that waits for a pause in typing before searching, so each keystroke isn't a server round trip. */
export function DataTableSearch({ value, onSearch, label, placeholder, delayMs = 300 }: DataTableSearchProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const [synced, setSynced] = useState({ value, sent: value });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // A search sent after the pause uses the caller's latest callback, not the one from the first keystroke.
  const latestOnSearch = useRef(onSearch);
  useEffect(() => {
    latestOnSearch.current = onSearch;
  });

  // The applied search changed: either the echo of what was typed (keep any
  // further typing) or a change from elsewhere, like "Clear search" or Back.
  if (value !== synced.value) {
    setSynced({ value, sent: synced.sent });
    if (value !== synced.sent) setText(value);
  }

  useEffect(() => {
    const pending = timer;
    return () => clearTimeout(pending.current);
  }, []);

  function send(next: string) {
    clearTimeout(timer.current);
    const search = next.trim();
    setSynced((current) => ({ ...current, sent: search }));
    latestOnSearch.current(search);
  }

  function handleChange(next: string) {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => send(next), delayMs);
  }

  return (
    <div className="relative w-full sm:max-w-xs">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <Search className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
      <Input
        id={id}
        type="search"
        value={text}
        placeholder={placeholder}
        className="pl-8"
        maxLength={200}
        autoComplete="off"
        onChange={(event) => handleChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") send(text);
        }}
      />
    </div>
  );
}
