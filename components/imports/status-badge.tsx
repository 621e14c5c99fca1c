import { ToneBadge, type ToneStyle } from "@/components/badges/tone-badge";

const STYLES: Record<string, ToneStyle> = {
  DRAFT: { label: "Draft", tone: "neutral" },
  QUEUED: { label: "Queued", tone: "info" },
  RUNNING: { label: "Running", tone: "progress" },
  COMPLETED: { label: "Completed", tone: "success" },
  FAILED: { label: "Failed", tone: "danger" },
  UNDONE: { label: "Undone", tone: "warning" },
};

export function ImportStatusBadge({ status }: { status: string }) {
  const style = STYLES[status];
  return <ToneBadge tone={style?.tone}>{style?.label ?? status}</ToneBadge>;
}
