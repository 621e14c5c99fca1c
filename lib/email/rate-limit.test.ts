import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/env", () => ({ env: { WELCOME_EMAIL_REQUESTS_PER_SECOND: 2 } }));

describe("withResendSlot", () => {
  it("never lets more than the limit arrive within one second, however long requests take", async () => {
    const { withResendSlot } = await import("./rate-limit");
    const limit = 10;
    const arrivals: number[] = [];
    // Each request "arrives" at a random moment between its start and its response, as over a network.
    const request = (latency: number, arriveAfter: number) => async () => {
      await new Promise((resolve) => setTimeout(resolve, arriveAfter));
      arrivals.push(Date.now());
      await new Promise((resolve) => setTimeout(resolve, latency - arriveAfter));
    };
    const latencies = Array.from({ length: 30 }, (_, i) => 20 + ((i * 37) % 180));
    await Promise.all(latencies.map((latency, i) => withResendSlot(request(latency, (i * 53) % latency), limit)));

    arrivals.sort((a, b) => a - b);
    for (let i = limit; i < arrivals.length; i++) expect(arrivals[i]! - arrivals[i - limit]!).toBeGreaterThan(1000);
  });
});
