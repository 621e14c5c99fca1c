import { env } from "@/lib/env";

let nextSlot = 0;

/**
 * Spaces this process's requests to Resend so they stay under its rate
 * limit (2 per second by default). Call it right before each request.
 */
export async function waitForResendSlot(requestsPerSecond = env.WELCOME_EMAIL_REQUESTS_PER_SECOND) {
  const gap = 1000 / requestsPerSecond;
  const now = Date.now();
  const slot = Math.max(now, nextSlot);
  nextSlot = slot + gap;
  if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
}
