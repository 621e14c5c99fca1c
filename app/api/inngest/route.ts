import { serve } from "inngest/next";
import { inngest } from "@/lib/server/jobs/inngest-client";
import { functions } from "@/inngest";

// Inngest authenticates its calls with the signing key; no admin session is involved here.
export const { GET, POST, PUT } = serve({ client: inngest, functions });
