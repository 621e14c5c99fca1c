import { Badge } from "@/components/ui/badge";
import { ToneBadge, type ToneStyle } from "@/components/badges/tone-badge";
import type { WelcomeState } from "@/lib/server/learners/welcome-state";

export function StatusBadge({ active }: { active: boolean }) {
  return active ? <ToneBadge tone="success">Active</ToneBadge> : <ToneBadge tone="neutral">Archived</ToneBadge>;
}

const WELCOME_STYLES: Record<WelcomeState, ToneStyle> = {
  NOT_SENT: { label: "Not sent", tone: "neutral" },
  QUEUED: { label: "Queued", tone: "info" },
  SENT: { label: "Sent", tone: "progress" },
  FAILED: { label: "Failed", tone: "danger" },
  ACTIVATED: { label: "Activated", tone: "success" },
};

export function WelcomeBadge({ state }: { state: WelcomeState }) {
  const { label, tone } = WELCOME_STYLES[state];
  return <ToneBadge tone={tone}>{label}</ToneBadge>;
}

const GROUPS_SHOWN = 3;

/** A learner's groups as small badges; past three, a count of the rest (all of them in the tooltip). */
export function GroupBadges({ groups }: { groups: { id: string; name: string }[] }) {
  if (groups.length === 0) return <span className="text-muted-foreground">—</span>;
  const shown = groups.slice(0, GROUPS_SHOWN);
  const more = groups.length - shown.length;
  return (
    <span className="flex max-w-64 flex-wrap gap-1" title={more > 0 ? groups.map((g) => g.name).join(", ") : undefined}>
      {shown.map((group) => (
        <Badge key={group.id} variant="secondary" className="max-w-40 truncate font-normal">
          {group.name}
        </Badge>
      ))}
      {more > 0 && (
        <Badge variant="outline" className="font-normal text-muted-foreground">
          +{more}
          <span className="sr-only"> more: {groups.slice(GROUPS_SHOWN).map((g) => g.name).join(", ")}</span>
        </Badge>
      )}
    </span>
  );
}
