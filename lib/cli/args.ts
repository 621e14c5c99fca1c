import { parseArgs } from "node:util";
import type { ImportMode } from "@/lib/imports/types";
import { type OrgCommand, ORG_USAGE, parseOrgArgs } from "./org-args";
import { parseTokenArgs, type TokenCommand, TOKEN_USAGE } from "./token-args";

/** 0: the file was read (rows may still have errors); 1: the file was refused as a whole; 2: the command could not run. */
export const EXIT = { ok: 0, fileRefused: 1, failure: 2 } as const;

export const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  import   Add and update an organisation's users from a CSV file
  token    Create, list and revoke an organisation's API tokens
  org      Create an organisation for a customer (its owner is invited), list them

Usage: npm run cli -- import --org <slug> --file <path> [options]

Adds and updates an organisation's users from a CSV file, exactly as the
import wizard does (headers are mapped automatically).

Options:
  --org <slug>        Organisation to import into (required)
  --file <path>       CSV file to import (required)
  --mode <mode>       upsert (default): add new and update existing users
                      create: only add new users
                      update: only update existing users
  --welcome           Send welcome emails to the users the import creates
  --add-to-groups     A filled Groups cell only adds the user to those groups
                      (default: it sets the user's groups to exactly those)
  --new-groups <what> Group names that match no group:
                      create (default): create the groups
                      error: send those rows to errors
  --dry-run           Show what the import would do; write nothing
  --json              Print one JSON object instead of a summary
  -h, --help          Show this help

Exit status: 0 the file was read (rows with errors are reported, not
imported); 1 the file was refused as a whole; 2 the command could not run
(bad arguments, unknown organisation, database unavailable).

Uses DATABASE_URL when set, otherwise the embedded PostgreSQL in .data/
(shared with the app while it runs).

${TOKEN_USAGE}

${ORG_USAGE}`;

export interface ImportCommand {
  command: "import";
  org: string;
  file: string;
  mode: ImportMode;
  welcome: boolean;
  /** --add-to-groups: a filled Groups cell adds, never removes. */
  addToGroups: boolean;
  newGroups: "create" | "error";
  dryRun: boolean;
  json: boolean;
}

export type ParsedArgs = { command: "help" } | { command: "invalid"; message: string } | ImportCommand | TokenCommand | OrgCommand;

/** Options of either command that take a value: the word after one is its value, not the command. */
const VALUE_OPTIONS = new Set(["--org", "--file", "--mode", "--name", "--scopes", "--expires-in-days", "--slug", "--owner-name", "--owner-email", "--new-groups"]);

function commandWord(argv: string[]): string | undefined {
  return argv.find((arg, i) => !arg.startsWith("-") && !(i > 0 && VALUE_OPTIONS.has(argv[i - 1]!)));
}

const MODES: readonly ImportMode[] = ["upsert", "create", "update"];

/** Reads `import --org … --file …` style arguments; never throws. */
export function parseCliArgs(argv: string[]): ParsedArgs {
  if (commandWord(argv) === "token") return parseTokenArgs(argv);
  if (commandWord(argv) === "org") return parseOrgArgs(argv);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        org: { type: "string" },
        file: { type: "string" },
        mode: { type: "string", default: "upsert" },
        welcome: { type: "boolean", default: false },
        "add-to-groups": { type: "boolean", default: false },
        "new-groups": { type: "string", default: "create" },
        "dry-run": { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    return { command: "invalid", message: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: "help" };
  const [command, ...extra] = positionals;
  if (!command) return { command: "invalid", message: "Name a command: import, token or org." };
  if (command !== "import") return { command: "invalid", message: `Unknown command "${command}". Commands are: import, token, org.` };
  if (extra.length) return { command: "invalid", message: `Unexpected argument "${extra[0]}".` };

  const missing = (["org", "file"] as const).filter((name) => !values[name]);
  if (missing.length) return { command: "invalid", message: `Missing ${missing.map((name) => `--${name}`).join(" and ")}.` };
  const mode = values.mode as ImportMode;
  if (!MODES.includes(mode)) return { command: "invalid", message: `--mode must be upsert, create or update (got "${values.mode}").` };

  const newGroups = values["new-groups"];
  if (newGroups !== "create" && newGroups !== "error") return { command: "invalid", message: `--new-groups must be create or error (got "${newGroups}").` };

  return {
    command: "import",
    org: values.org!,
    file: values.file!,
    mode,
    welcome: values.welcome,
    addToGroups: values["add-to-groups"],
    newGroups,
    dryRun: values["dry-run"],
    json: values.json,
  };
}
