"use client";

import { SearchX, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { ActivityTable } from "@/components/activity/activity-table";
import { DataTablePagination } from "@/components/data-table/data-table-pagination";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectGroup, SelectItem, SelectLabel, SelectSeparator, SelectTrigger, SelectValue } from "@/components/ui/select";
import { ACTIVITY_KIND_KEYS, ACTIVITY_KINDS } from "@/lib/activity/activity-kinds";
import type { ActivityPage } from "@/lib/server/activity/list-activity";
import type { ActivityPerson } from "@/lib/server/activity/list-activity-people";
import { ACTIVITY_PAGE_SIZES, activitySearch, type ActivityPageSize, type ActivityQuery } from "@/lib/validations/activity";

const EVERYONE = "__everyone";
const ALL_KINDS = "__all";

/**
 * The activity log's filters, table and pages. The filters live in the URL
 * (a link can be shared, the export follows them) and the server does the
 * filtering; the dates apply together, with their own button, so typing a
 * date doesn't reload the page at every digit.
 */
export function ActivityLog({ activity, query, people }: { activity: ActivityPage; query: ActivityQuery; people: ActivityPerson[] }) {
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  const fromId = useId();
  const toId = useId();
  const [from, setFrom] = useState(query.from);
  const [to, setTo] = useState(query.to);
  const [shownDates, setShownDates] = useState({ from: query.from, to: query.to });
  // A new URL (back button, clear filters) brings its dates into the inputs.
  if (shownDates.from !== query.from || shownDates.to !== query.to) {
    setShownDates({ from: query.from, to: query.to });
    setFrom(query.from);
    setTo(query.to);
  }

  function navigate(change: Partial<ActivityQuery>) {
    startNavigation(() => router.push(`/settings/activity${activitySearch({ ...query, ...change })}`, { scroll: false }));
  }

  const filtered = Boolean(query.person || query.kind || query.from || query.to);
  const datesChanged = from !== query.from || to !== query.to;
  const backwards = Boolean(from && to && from > to);
  const admins = people.filter((person) => person.group === "Admins");
  const tokens = people.filter((person) => person.group === "API tokens");

  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-3 lg:flex-row lg:flex-wrap lg:items-end">
        <div className="grid gap-1.5">
          <Label htmlFor={`${fromId}-person`}>Person</Label>
          <Select value={query.person || EVERYONE} onValueChange={(person) => navigate({ person: person === EVERYONE ? "" : person, page: 1 })}>
            <SelectTrigger id={`${fromId}-person`} className="w-full lg:w-60">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={EVERYONE}>Everyone</SelectItem>
              {admins.length > 0 && (
                <>
                  <SelectSeparator />
                  <SelectGroup>
                    <SelectLabel>Admins</SelectLabel>
                    {admins.map((person) => (
                      <SelectItem key={person.value} value={person.value}>
                        {person.label}
                      </SelectItem>
                    ))}
                  </SelectGroup>
                </>
              )}
              {tokens.length > 0 && (
                <>
                  <SelectSeparator />
                  <SelectGroup>
                    <SelectLabel>API tokens</SelectLabel>
                    {tokens.map((person) => (
                      <SelectItem key={person.value} value={person.value}>
                        {person.label}
                      </SelectItem>
                    ))}
                  </SelectGroup>
                </>
              )}
            </SelectContent>
          </Select>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor={`${fromId}-kind`}>Kind</Label>
          <Select value={query.kind || ALL_KINDS} onValueChange={(kind) => navigate({ kind: kind === ALL_KINDS ? "" : kind, page: 1 })}>
            <SelectTrigger id={`${fromId}-kind`} className="w-full lg:w-60">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={ALL_KINDS}>All activity</SelectItem>
              <SelectSeparator />
              {ACTIVITY_KIND_KEYS.map((kind) => (
                <SelectItem key={kind} value={kind}>
                  {ACTIVITY_KINDS[kind].label}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        <form
          className="flex flex-wrap items-end gap-3"
          aria-label="Date range"
          onSubmit={(event) => {
            event.preventDefault();
            if (!backwards) navigate({ from, to, page: 1 });
          }}
        >
          <div className="grid gap-1.5">
            <Label htmlFor={fromId}>From</Label>
            <Input id={fromId} type="date" value={from} max={to || undefined} onChange={(event) => setFrom(event.target.value)} className="w-40" aria-describedby={backwards ? `${toId}-error` : undefined} />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor={toId}>To</Label>
            <Input id={toId} type="date" value={to} min={from || undefined} onChange={(event) => setTo(event.target.value)} className="w-40" aria-invalid={backwards || undefined} aria-describedby={backwards ? `${toId}-error` : undefined} />
          </div>
          <Button type="submit" variant="secondary" disabled={!datesChanged || backwards}>
            Apply dates
          </Button>
        </form>
        {filtered && (
          <Button variant="ghost" onClick={() => navigate({ person: "", kind: "", from: "", to: "", page: 1 })}>
            <X aria-hidden />
            Clear filters
          </Button>
        )}
      </div>
      {backwards && (
        <p id={`${toId}-error`} role="alert" className="text-sm text-destructive">
          The “To” date is before the “From” date. Choose a “To” date on or after it.
        </p>
      )}

      <ActivityTable
        rows={activity.rows}
        label="Activity"
        pending={navigating}
        empty={
          <span className="flex flex-col items-center gap-3">
            <SearchX className="size-6" aria-hidden />
            <span className="font-medium text-foreground">No activity matches these filters</span>
            <span>Try another person or kind, or widen the dates.</span>
            <Button variant="outline" size="sm" onClick={() => navigate({ person: "", kind: "", from: "", to: "", page: 1 })}>
              Clear filters
            </Button>
          </span>
        }
      />

      {activity.total > 0 && (
        <DataTablePagination
          page={activity.page}
          pageCount={activity.pageCount}
          pageSize={query.pageSize}
          pageSizes={ACTIVITY_PAGE_SIZES}
          total={activity.total}
          onPageChange={(page) => navigate({ page })}
          onPageSizeChange={(pageSize) => navigate({ pageSize: pageSize as ActivityPageSize, page: 1 })}
        />
      )}
    </div>
  );
}
