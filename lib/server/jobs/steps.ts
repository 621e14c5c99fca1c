/**
 * The part of Inngest's step tools our functions use. Inngest provides it in
 * production; lib/server/jobs/in-process.ts provides it on the embedded
 * default, so both run the same handlers.
 */
export interface Steps {
  run<T>(id: string, fn: () => Promise<T>): Promise<T>;
  sendEvent(id: string, events: { id?: string; name: string; data: Record<string, unknown> }[]): Promise<unknown>;
}
