import { dataDir } from "@/lib/data-dir";
import { type OpenDatabase, openDatabase } from "@/lib/db/open-database";
import { EXIT, parseCliArgs, USAGE } from "./args";
import { type CliIo, processIo } from "./io";

const COMMAND_NAMES = { import: "import", token: "token command", org: "org command" } as const;

/**
 * The whole CLI: arguments → database (DATABASE_URL, or the embedded server, shared with a
 * running app) → command. Returns the exit status. The database and the app's modules are
 * loaded only once the arguments are valid, so `--help` works even with a broken environment.
 */
export async function runCli(argv: string[], io: CliIo = processIo, open: (root: string) => Promise<OpenDatabase> = openDatabase): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.command === "help") {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (args.command === "invalid") {
    io.err(`${args.message}\nRun \`npm run cli -- --help\` for usage.`);
    return EXIT.failure;
  }

  let database: OpenDatabase | undefined;
  try {
    database = await open(dataDir);
    // The app's modules read DATABASE_URL when first imported, which happens below.
    process.env.DATABASE_URL = database.url;
    const { prepareForCli } = await import("./prepare");
    await prepareForCli(database, io);
    // The one client of this process: lib/server code (e.g. the import job) gets the same one from getDb().
    const { getDb } = await import("@/lib/db");
    const db = await getDb();
    try {
      if (args.command === "token") return await (await import("./token-command")).runTokenCommand(db, args, io);
      if (args.command === "org") return await (await import("./org-command")).runOrgCommand(db, args, io);
      return await (await import("./import-command")).runImportCommand(db, args, io);
    } finally {
      const { closeImportClaims } = await import("@/lib/server/jobs/import-claims");
      await Promise.all([db.$disconnect(), closeImportClaims()]);
    }
  } catch (error) {
    io.err(`The ${COMMAND_NAMES[args.command]} could not run: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failure;
  } finally {
    await database?.release();
  }
}
