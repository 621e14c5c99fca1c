/**
 * Rollcall's command line: `npm run cli -- import --org <slug> --file <path> …`
 * (`npm run cli -- --help`). Arguments, output and exit codes live in
 * lib/cli/; everything else is the app's own code.
 */
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
const status = await runCli(process.argv.slice(2));
// Exit explicitly: a database pool or a welcome-email timer must not keep the process alive.
process.exit(status);
