import { formatCount, plural } from "@/lib/imports/message-format";
import { people } from "@/lib/privacy/erasure-confirmation";

const users = (n: number) => plural(n, "user");
const were = (n: number) => (n === 1 ? "1 was" : `${formatCount(n)} were`);

const RESEND_REASON = "archived, already activated or already waiting for their email";

/** After unarchiving with the welcome email option: how many of them it emailed. */
function welcomedSentence(n: number) {
  if (n === 0) return "No welcome emails queued: each of them has had one or has activated their account.";
  return `Queued a welcome email for ${n === 1 ? "1 of them, who" : `${formatCount(n)} of them, who`} had never had one.`;
}

/** Each action's words for the learners it changed and the ones that needed nothing. */
const WORDING = {
  archive: {
    done: (n: number) => `Archived ${users(n)}. You'll find them under Archived.`,
    nothing: "Nothing to archive",
    allLeftAlone: "the selected users are already archived.",
    leftAlone: (n: number) => `${were(n)} already archived.`,
  },
  unarchive: {
    done: (n: number) => `Unarchived ${users(n)}; they're active again.`,
    nothing: "Nothing to unarchive",
    allLeftAlone: "the selected users are already active.",
    leftAlone: (n: number) => `${were(n)} already active.`,
  },
  resendWelcome: {
    done: (n: number) => `Queued welcome emails for ${users(n)}, each with a new activation link.`,
    nothing: "No welcome emails queued",
    allLeftAlone: `the selected users are ${RESEND_REASON}.`,
    leftAlone: (n: number) => `${were(n)} skipped because they're ${RESEND_REASON}.`,
  },
  // Every selected learner that exists is erased, so nothing is ever left alone.
  erase: {
    done: (n: number) => `Erased ${people(n)} and their personal data.`,
    nothing: "Nothing to erase",
    allLeftAlone: "the selected users are already gone.",
    leftAlone: (n: number) => `${were(n)} already gone.`,
  },
} as const;

export type LearnerActionKind = keyof typeof WORDING;

/**
 * What an archive, unarchive or resend did to the selection. Ids that match
 * none of the organisation's learners (deleted since the list loaded, or
 * another organisation's: answered alike, so ids can't be probed) are told
 * apart from learners that were already as asked, so a stale list isn't
 * mistaken for "already done".
 */
export function learnerActionMessage(kind: LearnerActionKind, ids: string[], result: { done: number; missing: number; welcomed?: number }): string {
  const selected = new Set(ids).size;
  const { done, missing } = result;
  if (missing >= selected) {
    return selected === 1
      ? "The selected user doesn't exist in your organisation any more. Refresh the list and try again."
      : "None of the selected users exist in your organisation any more. Refresh the list and try again.";
  }
  const wording = WORDING[kind];
  const leftAlone = selected - missing - done;
  const sentences =
    done > 0
      ? [wording.done(done), result.welcomed === undefined ? "" : welcomedSentence(result.welcomed), leftAlone > 0 ? wording.leftAlone(leftAlone) : ""]
      : [`${wording.nothing}: ${missing > 0 ? wording.leftAlone(leftAlone) : wording.allLeftAlone}`];
  if (missing > 0) {
    const gone = missing === 1 ? "1 of the selected users no longer exists" : `${formatCount(missing)} of the selected users no longer exist`;
    sentences.push(`${gone} in your organisation; refresh the list to see who's there now.`);
  }
  return sentences.filter(Boolean).join(" ");
}

/** What adding the selection to a group (or removing it) did, in the words of learnerActionMessage. */
export function groupMembersMessage(change: "add" | "remove", ids: string[], result: { group: string; changed: number; missing: number }): string {
  const selected = new Set(ids).size;
  const { group, changed, missing } = result;
  if (missing >= selected) return learnerActionMessage("archive", ids, { done: 0, missing });
  const leftAlone = selected - missing - changed;
  const sentences =
    change === "add"
      ? [changed > 0 ? `Added ${users(changed)} to “${group}”.` : `Nothing to add: the selected users are already in “${group}”.`, changed > 0 && leftAlone > 0 ? `${were(leftAlone)} already in it.` : ""]
      : [changed > 0 ? `Removed ${users(changed)} from “${group}”.` : `Nothing to remove: none of the selected users are in “${group}”.`, changed > 0 && leftAlone > 0 ? `${were(leftAlone)} not in it.` : ""];
  if (missing > 0) {
    const gone = missing === 1 ? "1 of the selected users no longer exists" : `${formatCount(missing)} of the selected users no longer exist`;
    sentences.push(`${gone} in your organisation; refresh the list to see who's there now.`);
  }
  return sentences.filter(Boolean).join(" ");
}
