/**
 * Rollcall's command line: `npm run cli -- import --org <slug> --file <path> …`
 * (`npm run cli -- --help`). Arguments, output and exit codes live in
 * lib/cli/; everything else is the app's own code.
 */
import "./load-env";
import { register } from "node:module";

// lib/db.ts and other server modules import "server-only", which throws unless
// resolved with React's "react-server" condition, as Next does for server code.
// This process is server code too, so resolve that one package the same way.
const serverOnlyHook = `export async function resolve(specifier, context, nextResolve) {
  if (specifier !== "server-only") return nextResolve(specifier, context);
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
}`;
register(`data:text/javascript,${encodeURIComponent(serverOnlyHook)}`);

const { runCli } = await import("@/lib/cli/run");
process.exitCode = await runCli(process.argv.slice(2));
// A pipe takes writes asynchronously: exiting at once cut `--json | …` off at
// the pipe's 64 KiB. Once both streams have flushed, exit explicitly, so that
// a database pool or a welcome-email timer can't keep the process alive.
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit();

/** Resolves once everything written to the stream so far has been handed to the OS. */
function flushed(stream: NodeJS.WriteStream) {
  return new Promise<void>((resolve) => stream.write("", () => resolve()));
}
