import { vi } from "vitest";
import { type FakeResend, startFakeResend } from "../../support/fake-resend";
import { startRefusingProxy } from "./refusing-proxy";

/**
 * Starts a fake Resend server, behind a proxy that can inject 429s
 * (`proxy.refuseNext`), and loads the app's modules fresh with
 * RESEND_API_KEY/RESEND_BASE_URL pointing at it. lib/env.ts reads the
 * environment once at import and lib/email/send.ts keeps one Resend client,
 * so app code must be imported through the returned object, after this.
 * Call restore() in afterAll.
 */
export async function loadAppWithFakeResend(opts: { requestsPerSecond?: number; appRequestsPerSecond?: number; appUrl?: string } = {}) {
  const resend = await startFakeResend({ requestsPerSecond: opts.requestsPerSecond });
  const proxy = await startRefusingProxy(resend.url);
  vi.stubEnv("RESEND_API_KEY", "re_test_integration");
  vi.stubEnv("RESEND_BASE_URL", proxy.url);
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
    proxy,
    db: await getDb(),
    jobs,
    fixtures,
    async restore() {
      await jobs.drainInProcessJobs();
      await proxy.close();
      await resend.close();
      vi.unstubAllEnvs();
    },
  };
}

export type AppWithFakeResend = Awaited<ReturnType<typeof loadAppWithFakeResend>>;

/** Forgets what the fake server and the proxy have seen so far. */
export function resetFakeResend(app: { resend: FakeResend; proxy: { refused: string[] } }) {
  app.resend.emails.length = 0;
  app.resend.requests.length = 0;
  app.proxy.refused.length = 0;
}
