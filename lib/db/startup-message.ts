import type { SeedResult } from "@/lib/server/organisations/seed-demo";

export const FIRST_ORGANISATION_COMMAND = 'npm run cli -- org create --name "Acme Care Ltd" --slug acme --owner-name "Olive Owner" --owner-email olive@acme.example';

/**
 * What `npm start` and `npm run dev` say about signing in once the database is ready: the demo's
 * login when there is a demo, otherwise where to log in, or how to create the first organisation.
 */
export function signInMessage(input: { seed: SeedResult | null; organisations: number; loginUrl: string; passwordFile?: string }): string {
  const { seed, loginUrl } = input;
  if (seed?.created) return `Seeded organisation "Demo Training Ltd" (slug demo).\n  Log in at ${loginUrl} as  ${seed.username}  /  ${seed.password}`;
  if (seed) {
    const hint = input.passwordFile ? ` (password in ${input.passwordFile} unless you changed it)` : "";
    return `Demo organisation ready. Log in at ${loginUrl} as ${seed.username}${hint}.`;
  }
  if (input.organisations === 0) {
    return [
      "No organisations yet (the demo organisation is seeded only with SEED_DEMO=true). Create the first one; its owner gets an invitation to choose a username and password:",
      `  ${FIRST_ORGANISATION_COMMAND}`,
    ].join("\n");
  }
  return `${input.organisations === 1 ? "1 organisation" : `${input.organisations} organisations`}. Log in at ${loginUrl}; add one with npm run cli -- org create (see npm run cli -- --help).`;
}
