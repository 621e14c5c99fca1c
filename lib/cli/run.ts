import { EmbeddedDatabaseBusyError } from "@/lib/db/embedded";
import { EXIT, parseCliArgs, USAGE } from "./args";
import { type CliIo, processIo } from "./io";

/**
 * The whole CLI: arguments → prepared database → command. Returns the exit
 * status. The database and the app's modules are loaded only once the
 * arguments are valid, so `--help` works even with a broken environment.
 */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.command === "help") {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (args.command === "invalid") {
    io.err(`${args.message}\nRun \`npm run cli -- --help\` for usage.`);
    return EXIT.failure;
  }

  try {
    const { prepareForCli } = await import("./prepare");
    await prepareForCli(io);
    // The one client of this process: lib/server code (e.g. the import job) gets the same one from getDb().
    const [{ getDb }, { runImportCommand }] = await Promise.all([import("@/lib/db"), import("./import-command")]);
    const db = await getDb();
    try {
      return await runImportCommand(db, args, io);
    } finally {
      await db.$disconnect();
    }
  } catch (error) {
    if (error instanceof EmbeddedDatabaseBusyError) io.err(error.message);
    else io.err(`The import could not run: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failure;
  }
}
