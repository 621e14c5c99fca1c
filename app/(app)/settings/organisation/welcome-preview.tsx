"use client";

import { LoaderCircle } from "lucide-react";
import { useEffect, useMemo, useRef, useState } from "react";
import { callAction } from "@/components/forms/call-action";
import type { WelcomePreview as Preview } from "@/lib/server/organisations/preview-welcome-email";
import { welcomeEmailSettingsSchema } from "@/lib/validations/organisation";
import { previewWelcomeEmailAction } from "./actions";

export type WelcomePreviewValues = {
  name: string;
  emailSenderName: string;
  emailReplyTo: string;
  welcomeSubject: string;
  welcomeIntro: string;
  activationLinkDays: string;
};

const DEBOUNCE_MS = 350;

/**
 * The welcome email the form's current values would send, rendered on the
 * server by the real template (a sample learner, the organisation's name),
 * a moment after typing stops. While a field is invalid the last good
 * preview stays, marked as out of date.
 */
export function WelcomePreview({ values }: { values: WelcomePreviewValues }) {
  // The preview shown and the values it was rendered for; the values whose preview failed.
  const [shown, setShown] = useState<{ key: string; preview: Preview }>();
  const [failedKey, setFailedKey] = useState<string>();
  const latest = useRef(0);
  const key = JSON.stringify(values);
  const valid = useMemo(() => welcomeEmailSettingsSchema.safeParse(JSON.parse(key)).success, [key]);
  const state = !valid ? "invalid" : shown?.key === key ? "ready" : failedKey === key ? "failed" : "loading";
  const preview = shown?.preview;

  useEffect(() => {
    const request = ++latest.current;
    if (!valid) return;
    const timer = setTimeout(async () => {
      const result = await callAction(() => previewWelcomeEmailAction(JSON.parse(key) as WelcomePreviewValues));
      if (request !== latest.current) return;
      if (result?.ok) setShown({ key, preview: result.data });
      else setFailedKey(key);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key, valid]);

  return (
    <section aria-labelledby="welcome-preview-heading" className="grid gap-3">
      <div className="flex items-center justify-between gap-2">
        <h3 id="welcome-preview-heading" className="text-sm font-medium">
          Preview
        </h3>
        <p role="status" aria-live="polite" className="flex items-center gap-1.5 text-xs text-muted-foreground">
          {state === "loading" && (
            <>
              <LoaderCircle className="size-3 animate-spin" aria-hidden /> Updating…
            </>
          )}
          {state === "ready" && "Up to date"}
          {state === "invalid" && <span className="text-amber-700">Out of date: correct the highlighted fields</span>}
          {state === "failed" && <span className="text-destructive">Couldn&apos;t update the preview. Keep typing to try again.</span>}
        </p>
      </div>
      <div className="overflow-hidden rounded-lg border bg-muted/30" data-testid="welcome-preview">
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 border-b bg-background px-4 py-3 text-sm">
          <dt className="text-muted-foreground">From</dt>
          <dd className="min-w-0 break-words" data-testid="preview-from">
            {preview?.from ?? "…"}
          </dd>
          {preview?.replyTo && (
            <>
              <dt className="text-muted-foreground">Reply-To</dt>
              <dd className="min-w-0 break-words" data-testid="preview-reply-to">
                {preview.replyTo}
              </dd>
            </>
          )}
          <dt className="text-muted-foreground">To</dt>
          <dd className="min-w-0 break-words">Sam, a new user</dd>
          <dt className="text-muted-foreground">Subject</dt>
          <dd className="min-w-0 break-words font-medium" data-testid="preview-subject">
            {preview?.subject ?? "…"}
          </dd>
        </dl>
        {preview ? (
          // No scripts, forms, popups or same-origin access: the email's HTML is only shown.
          <iframe title="Welcome email preview" sandbox="" srcDoc={preview.html} className={`h-[34rem] w-full bg-[#f6f7fb] transition-opacity ${state === "ready" ? "" : "opacity-60"}`} />
        ) : (
          <div className="grid h-[34rem] place-items-center text-sm text-muted-foreground">Rendering the preview…</div>
        )}
      </div>
    </section>
  );
}
