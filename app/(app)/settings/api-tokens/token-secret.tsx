"use client";

import { CopyValue } from "@/components/forms/copy-value";

/** The new secret, selectable by hand and copied with one click. */
export function TokenSecret({ secret }: { secret: string }) {
  return <CopyValue value={secret} label="API token" testId="token-secret" />;
}
