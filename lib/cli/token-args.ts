import { parseArgs } from "node:util";
import { API_SCOPES, type ApiScope, isApiScope } from "@/lib/api/scopes";
import { TOKEN_NAME_MAX } from "@/lib/validations/api-tokens";

export const TOKEN_USAGE = `Usage: npm run cli -- token <create|list|revoke> --org <slug> [options]

Creates, lists and revokes an organisation's API tokens, as Settings → API
tokens does.

  token create --org <slug> --name <name> --scopes <list> [--expires-in-days <n>] [--json]
      Prints the new token's secret once; it can't be shown again.
      Scopes (comma-separated): ${API_SCOPES.join(", ")}
  token list --org <slug> [--json]
  token revoke <id> --org <slug>`;

export type TokenCommand =
  | { command: "token"; action: "create"; org: string; name: string; scopes: ApiScope[]; expiresInDays: number | null; json: boolean }
  | { command: "token"; action: "list"; org: string; json: boolean }
  | { command: "token"; action: "revoke"; org: string; id: string; json: boolean };

type Parsed = TokenCommand | { command: "help" } | { command: "invalid"; message: string };

const invalid = (message: string): Parsed => ({ command: "invalid", message });

/** Reads `token create|list|revoke …` arguments; never throws. */
export function parseTokenArgs(argv: string[]): Parsed {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        org: { type: "string" },
        name: { type: "string" },
        scopes: { type: "string" },
        "expires-in-days": { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    return invalid(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: "help" };
  const [, action, ...rest] = positionals;
  if (!action) return invalid("Name what to do with tokens: create, list or revoke.");
  if (!values.org) return invalid("Missing --org.");
  const org = values.org;
  const json = values.json;

  if (action === "list") return rest.length ? invalid(`Unexpected argument "${rest[0]}".`) : { command: "token", action, org, json };
  if (action === "revoke") {
    if (rest.length !== 1) return invalid("Name the token to revoke: token revoke <id> --org <slug> (ids are in token list).");
    return { command: "token", action, org, id: rest[0]!, json };
  }
  if (action !== "create") return invalid(`Unknown token command "${action}". Use create, list or revoke.`);
  if (rest.length) return invalid(`Unexpected argument "${rest[0]}".`);

  const name = values.name?.trim();
  if (!name) return invalid('Missing --name: say what uses the token, such as --name "HR nightly sync".');
  if (name.length > TOKEN_NAME_MAX) return invalid(`--name must be ${TOKEN_NAME_MAX} characters or fewer.`);
  const scopes = (values.scopes ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (scopes.length === 0) return invalid(`Missing --scopes: a comma-separated list of ${API_SCOPES.join(", ")}.`);
  const unknown = scopes.filter((scope) => !isApiScope(scope));
  if (unknown.length) return invalid(`Unknown scope "${unknown[0]}". Scopes are: ${API_SCOPES.join(", ")}.`);
  let expiresInDays: number | null = null;
  if (values["expires-in-days"] !== undefined) {
    expiresInDays = Number(values["expires-in-days"]);
    if (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > 3650) return invalid("--expires-in-days must be a whole number of days from 1 to 3650.");
  }
  return { command: "token", action, org, name, scopes: API_SCOPES.filter((s) => scopes.includes(s)), expiresInDays, json };
}
