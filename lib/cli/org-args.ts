import { parseArgs } from "node:util";
import { FIRST_ORGANISATION_COMMAND } from "@/lib/db/startup-message";
import { joinWithAnd } from "@/lib/imports/message-format";
import { newOrganisationSchema, suggestSlug } from "@/lib/validations/organisations";

export const ORG_USAGE = `Usage: npm run cli -- org <create|list> [options]

Creates an organisation for a customer, and lists the organisations.

  org create --name <name> --slug <slug> --owner-name <name> --owner-email <email> [--json]
      Creates the organisation with the built-in profile fields and no admin,
      and invites its owner by email to choose a username and password (the
      link works once, for 7 days). Without RESEND_API_KEY no email is sent:
      the link is printed, to hand over yourself.
      Slug: 2 to 40 lower-case letters, digits and single dashes, starting
      with a letter (like acme-care); it is what --org takes.
  org list [--json]
      Every organisation: slug, name, created, admins, learners.`;

export type OrgCommand =
  | { command: "org"; action: "create"; name: string; slug: string; ownerName: string; ownerEmail: string; json: boolean }
  | { command: "org"; action: "list"; json: boolean };

type Parsed = OrgCommand | { command: "help" } | { command: "invalid"; message: string };

const invalid = (message: string): Parsed => ({ command: "invalid", message });

const REQUIRED = ["name", "slug", "owner-name", "owner-email"] as const;

/** Reads `org create|list …` arguments; never throws. */
export function parseOrgArgs(argv: string[]): Parsed {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        name: { type: "string" },
        slug: { type: "string" },
        "owner-name": { type: "string" },
        "owner-email": { type: "string" },
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
  if (!action) return invalid("Name what to do with organisations: create or list.");
  if (action !== "create" && action !== "list") return invalid(`Unknown org command "${action}". Use create or list.`);
  if (rest.length) return invalid(`Unexpected argument "${rest[0]}".`);
  if (action === "list") {
    const given = REQUIRED.find((option) => values[option] !== undefined);
    return given ? invalid(`org list takes no --${given}; it lists every organisation.`) : { command: "org", action, json: values.json };
  }

  const missing = REQUIRED.filter((option) => !values[option]?.trim());
  if (missing.length) return invalid(`Missing ${joinWithAnd(missing.map((option) => `--${option}`))}. For example:\n  ${FIRST_ORGANISATION_COMMAND}`);
  const checked = newOrganisationSchema.safeParse({ name: values.name, slug: values.slug, owner: { name: values["owner-name"], email: values["owner-email"] } });
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const option = issue.path.join(".") === "owner.email" ? "owner-email" : issue.path.join(".") === "owner.name" ? "owner-name" : String(issue.path[0]);
    const given = values[option as (typeof REQUIRED)[number]] ?? "";
    const suggestion = option === "slug" && suggestSlug(given) ? ` Try --slug ${suggestSlug(given)}.` : "";
    return invalid(`Invalid --${option} "${given}". ${issue.message}${suggestion}`);
  }
  const { name, slug, owner } = checked.data;
  return { command: "org", action, name, slug, ownerName: owner.name, ownerEmail: owner.email, json: values.json };
}

