import { env } from "@/lib/env";

const WINDOW_MS = 1000;
const MARGIN_MS = 20;

const completedAt: number[] = [];
let inFlight = 0;
let queue: Promise<void> = Promise.resolve();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a request to Resend once fewer than `requestsPerSecond` others could
 * land in the same one-second window at Resend. We can't see when a request
 * arrives there, only that it arrived before its response: so a request
 * counts from when it starts until one window after its response.
 */
export function withResendSlot<T>(send: () => Promise<T>, requestsPerSecond = env.WELCOME_EMAIL_REQUESTS_PER_SECOND): Promise<T> {
  const turn = queue.then(async () => {
    for (;;) {
      const now = Date.now();
      while (completedAt.length && completedAt[0]! + WINDOW_MS + MARGIN_MS <= now) completedAt.shift();
      if (inFlight + completedAt.length < requestsPerSecond) break;
      await sleep(completedAt.length ? completedAt[0]! + WINDOW_MS + MARGIN_MS - now : 10);
    }
    inFlight++;
  });
  queue = turn.catch(() => undefined);
  return turn.then(async () => {
    try {
      return await send();
    } finally {
      inFlight--;
      completedAt.push(Date.now());
    }
  });
}
