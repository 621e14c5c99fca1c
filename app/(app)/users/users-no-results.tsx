"use client";

import { SearchX } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { LearnerList } from "@/lib/server/learners/list-learners";
import type { LearnerListQuery, LearnerStatus } from "@/lib/validations/learners";

interface UsersNoResultsProps {
  query: LearnerListQuery;
  counts: LearnerList["counts"];
  onClearSearch: () => void;
  onShowStatus: (status: LearnerStatus) => void;
  /** The group the list is limited to, if any; `onClearGroup` only where the filter can be lifted. */
  groupName?: string;
  onClearGroup?: () => void;
}

/** Shown inside the table when the search or status filter leaves no rows (the page handles "no users at all"). */
export function UsersNoResults({ query, counts, onClearSearch, onShowStatus, groupName, onClearGroup }: UsersNoResultsProps) {
  if (groupName && counts.all === 0 && !query.q) {
    return (
      <EmptyMessage title={`No users in “${groupName}” yet`}>
        <p>Select users on the Users page and choose Add to group, or list the group in the Groups column of a spreadsheet.</p>
        {onClearGroup && (
          <Button variant="outline" size="sm" onClick={onClearGroup}>
            Show all groups
          </Button>
        )}
      </EmptyMessage>
    );
  }
  if (query.q) {
    // The search may still match users under the other status tab.
    const other = query.status === "active" ? "archived" : query.status === "archived" ? "active" : null;
    const otherMatches = other ? counts[other] : 0;
    return (
      <EmptyMessage title={`No users match “${query.q}”`}>
        <p>
          {other && otherMatches > 0
            ? `${otherMatches === 1 ? "1 " + other + " user matches" : `${otherMatches} ${other} users match`}, though.`
            : "Search looks in first names, last names and email addresses. Check the spelling, or try part of a name."}
        </p>
        <div className="flex flex-wrap justify-center gap-2">
          {other && otherMatches > 0 && (
            <Button variant="outline" size="sm" onClick={() => onShowStatus(other)}>
              Show {other} users
            </Button>
          )}
          <Button variant="outline" size="sm" onClick={onClearSearch}>
            Clear search
          </Button>
        </div>
      </EmptyMessage>
    );
  }
  if (query.status === "archived") {
    return (
      <EmptyMessage title="No archived users">
        <p>Users you archive appear here, and you can unarchive them at any time.</p>
      </EmptyMessage>
    );
  }
  return (
    <EmptyMessage title="No active users">
      <p>Every user in your organisation is archived.</p>
      <Button variant="outline" size="sm" onClick={() => onShowStatus("archived")}>
        Show archived users
      </Button>
    </EmptyMessage>
  );
}

function EmptyMessage({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center gap-3 py-6 text-sm text-muted-foreground">
      <SearchX className="size-8" aria-hidden />
      <p className="text-base font-medium text-foreground">{title}</p>
      {children}
    </div>
  );
}
