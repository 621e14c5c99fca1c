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
