/** The welcome email's built-in wording, used when the organisation hasn't written its own (and shown as the settings' placeholders). */
export function defaultWelcomeSubject(organisationName: string): string {
  return `Welcome to ${organisationName}'s learning platform`;
}

export function defaultWelcomeIntro(organisationName: string): string {
  return `${organisationName} has created your account on its learning platform.`;
}

/** "14 days", "1 day". */
export function daysText(days: number): string {
  return `${days} ${days === 1 ? "day" : "days"}`;
}

/** The sentence after the intro: it always says how long the link works, from the same setting that sets the expiry. */
export function activationSentence(days: number): string {
  return `Choose a password to activate it. The link works once, for the next ${daysText(days)}.`;
}

/** The organisation's intro as paragraphs (one per line it wrote), or the built-in one. */
export function welcomeIntroParagraphs(organisationName: string, intro: string | null | undefined): string[] {
  const paragraphs = (intro ?? "").split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  return paragraphs.length ? paragraphs : [defaultWelcomeIntro(organisationName)];
}
