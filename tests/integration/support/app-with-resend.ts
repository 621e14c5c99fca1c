import { vi } from "vitest";
import { type FakeResend, startFakeResend } from "../../support/fake-resend";

/**
 * Starts a fake Resend server and loads the app's modules fresh with
 * RESEND_API_KEY/RESEND_BASE_URL pointing at it. lib/env.ts reads the
 * environment once at import and lib/email/send.ts keeps one Resend client,
 * so app code must be imported through the returned object, after this.
 * Call restore() in afterAll.
 */
export async function loadAppWithFakeResend(opts: { requestsPerSecond?: number; appRequestsPerSecond?: number; appUrl?: string } = {}) {
  const resend = await startFakeResend({ requestsPerSecond: opts.requestsPerSecond });
  vi.stubEnv("RESEND_API_KEY", "re_test_integration");
  vi.stubEnv("RESEND_BASE_URL", resend.url);
  vi.stubEnv("WELCOME_EMAIL_REQUESTS_PER_SECOND", String(opts.appRequestsPerSecond ?? 2));
  vi.stubEnv("APP_URL", opts.appUrl ?? "https://rollcall.example.test");
  vi.resetModules();

  const [{ getDb }, jobs, fixtures] = await Promise.all([
    import("@/lib/db"),
    import("@/lib/server/jobs/in-process"),
    import("./fixtures"),
  ]);
  return {
    resend,
    db: await getDb(),
    jobs,
    fixtures,
    async restore() {
      await jobs.drainInProcessJobs();
      await resend.close();
      vi.unstubAllEnvs();
    },
  };
}

export type AppWithFakeResend = Awaited<ReturnType<typeof loadAppWithFakeResend>>;

/** Forgets what the fake server has seen so far. */
export function resetFakeResend(resend: FakeResend) {
  resend.emails.length = 0;
  resend.requests.length = 0;
}
