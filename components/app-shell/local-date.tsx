"use client";

import { useSyncExternalStore } from "react";

const neverChanges = () => () => {};

/**
 * A date in the admin's own time zone. The server doesn't know it, so the
 * server render (and hydration) shows UTC, and the browser then re-renders
 * in local time; this avoids a hydration mismatch.
 */
export function LocalDate({ value, withTime = false }: { value: Date | string; withTime?: boolean }) {
  const inBrowser = useSyncExternalStore(neverChanges, () => true, () => false);
  const date = new Date(value);
  const text = new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: withTime ? "short" : undefined,
    timeZone: inBrowser ? undefined : "UTC",
  }).format(date);
  return <time dateTime={date.toISOString()}>{text}</time>;
}
