import { joinWithAnd } from "@/lib/imports/message-format";
import type { ImportDataRetention } from "./retention-policy";

const longDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long" });

/**
 * What the import's page says about its file's contents: until when the
 * features that read them (`offers`: "Undo", "the error report") stay, or
 * when the contents were deleted.
 */
export function retentionSentence(retention: ImportDataRetention, offers: string[], now: Date): string {
  if (retention.state === "purged") {
    return `The file's contents were deleted on ${longDate.format(retention.purgedAt)} under your organisation's retention policy; the counts below are kept.`;
  }
  if (retention.until <= now) {
    return "The file's contents have reached the end of your organisation's retention period and are about to be deleted (the counts stay).";
  }
  const until = longDate.format(retention.until);
  if (offers.length === 0) return `The file's contents are kept until ${until}, then deleted (the counts stay).`;
  const features = joinWithAnd(offers);
  return `${features[0]!.toUpperCase()}${features.slice(1)} ${offers.length === 1 ? "is" : "are"} available until ${until}, then the file's contents are deleted (the counts stay).`;
}
