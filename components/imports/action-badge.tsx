import { ToneBadge, type ToneStyle } from "@/components/badges/tone-badge";

const STYLES: Record<string, ToneStyle> = {
  create: { label: "New", tone: "success" },
  CREATED: { label: "Created", tone: "success" },
  update: { label: "Update", tone: "info" },
  UPDATED: { label: "Updated", tone: "info" },
  unchanged: { label: "Unchanged", tone: "neutral" },
  UNCHANGED: { label: "Unchanged", tone: "neutral" },
  skip: { label: "Skipped", tone: "warning" },
  SKIPPED: { label: "Skipped", tone: "warning" },
  error: { label: "Error", tone: "danger" },
  FAILED: { label: "Failed", tone: "danger" },
  PENDING: { label: "Waiting", tone: "neutral" },
  // A pending row of an import that stopped: it waits for a retry, not for the running job.
  NOT_APPLIED: { label: "Not applied", tone: "warning" },
};

/** The outcome of a row, planned (review) or applied (import results). */
export function ActionBadge({ action }: { action: string }) {
  const style = STYLES[action];
  return <ToneBadge tone={style?.tone}>{style?.label ?? action}</ToneBadge>;
}
