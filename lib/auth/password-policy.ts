import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

/** NIST SP 800-63B: length matters, composition rules don't, known-common passwords are refused. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
const commonPasswords = new Set(dictionary["passwords-common"]);

export function passwordProblem(password: string, context: string[] = []): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  const lower = password.toLowerCase();
  if (commonPasswords.has(lower)) return "This is one of the most common passwords. Choose something less predictable.";
  if (context.some((word) => word.length >= 4 && lower.includes(word.toLowerCase())))
    return "Don't use your name, username or email address in your password.";
  if (zxcvbn.check(password, context).score < 2) return "This password is too easy to guess. Try a few unrelated words together.";
  return null;
}

const LABELS = ["Very weak", "Weak", "Fair", "Strong", "Very strong"] as const;

export function passwordStrength(password: string, context: string[] = []) {
  const result = zxcvbn.check(password, context);
  return { score: result.score, label: LABELS[result.score] ?? "Weak" };
}
