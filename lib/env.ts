import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { dataDir } from "./data-dir";

/** Empty strings in .env files mean "not set". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: optional(z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" })),
  AUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters")),
  APP_URL: optional(z.url()),
  PORT: z.coerce.number().int().positive().default(3000),
  RESEND_API_KEY: optional(z.string()),
  RESEND_BASE_URL: optional(z.url()),
  EMAIL_FROM: z.string().default("Rollcall <onboarding@rollcall.test>"),
  INNGEST_EVENT_KEY: optional(z.string()),
  INNGEST_SIGNING_KEY: optional(z.string()),
  INNGEST_DEV: optional(z.string()),
  WELCOME_EMAIL_REQUESTS_PER_SECOND: z.coerce.number().positive().default(2),
  IMPORT_CHUNK_SIZE: z.coerce.number().int().min(100).max(10_000).default(2_000),
  /** Learners per welcome batch (one Resend batch request, which takes at most 100); tests lower it to fan out many batches. */
  WELCOME_BATCH_SIZE: z.coerce.number().int().min(1).max(100).default(100),
  /** Proxies in front of the app that append to X-Forwarded-For (see lib/auth/client-ip.ts). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(1),
  /** Requests each API token may make per minute; over it, the API answers 429 with Retry-After. */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  SEED_ADMIN_PASSWORD: optional(z.string().min(12, "must be at least 12 characters")),
  /** Seed the demo organisation: unset = only on the embedded default, never on a DATABASE_URL (a real deployment). */
  SEED_DEMO: optional(z.stringbool({ truthy: ["true", "1", "yes"], falsy: ["false", "0", "no"], error: "must be true or false" })),
});

export type Env = z.infer<typeof envSchema>;

function loadEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${problems}\nSee .env.example.`);
  }
  return parsed.data;
}

export const env = loadEnv();

export { dataDir };
const localSecretFile = join(dataDir, "auth-secret");

/**
 * The embedded default keeps a generated secret in .data/ (written when the
 * database is prepared) so sessions survive restarts without configuration.
 */
export function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (existsSync(localSecretFile)) return readFileSync(localSecretFile, "utf8").trim();
  throw new Error(
    "AUTH_SECRET is not set. With DATABASE_URL, set AUTH_SECRET to a random string of 32 or more characters (for example the output of `openssl rand -base64 32`), the same on every instance. The embedded default (no DATABASE_URL) generates one in .data/.",
  );
}

export const localSecretPath = localSecretFile;

export function appUrl(): string {
  return (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
}

export type InngestMode = "cloud" | "dev-server" | "in-process";

/** Without Inngest keys the import functions' steps run inside the app process. */
export function inngestMode(): InngestMode {
  if (env.INNGEST_EVENT_KEY) return "cloud";
  if (env.INNGEST_DEV) return "dev-server";
  return "in-process";
}
