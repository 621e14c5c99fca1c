/**
 * Keeps one write in flight while the caller prepares the next batch: parsing and planning run in
 * this process while PostgreSQL stores the previous batch on the other core. A failed write
 * surfaces at the next `write` or at `flush`.
 */
export function writeBehind<T>(write: (batch: T) => Promise<unknown>) {
  let inFlight: Promise<unknown> = Promise.resolve();
  return {
    async write(batch: T): Promise<void> {
      await inFlight;
      const next = write(batch);
      next.catch(() => {}); // awaited by the next write or by flush
      inFlight = next;
    },
    async flush(): Promise<void> {
      await inFlight;
    },
  };
}
