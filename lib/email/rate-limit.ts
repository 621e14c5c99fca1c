import { env } from "@/lib/env";

let nextSlot = 0;

/**
 * Spaces this process's requests to Resend so they stay under its rate
 * limit (2 per second by default). Call it right before each request.
 */
export async function waitForResendSlot(requestsPerSecond = env.WELCOME_EMAIL_REQUESTS_PER_SECOND) {
  // 10% headroom: clocks and timers jitter, and a request exactly 1,000 ms after
  // the one two before it can still land in the same one-second window at Resend.
  const gap = 1100 / requestsPerSecond;
  const now = Date.now();
  const slot = Math.max(now, nextSlot);
  nextSlot = slot + gap;
  if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
}
