/**
 * A stand-in for the app process running an import in-process, for tests
 * that kill it (SIGKILL) mid-import. Run it as ONE process so the pid the
 * test kills is the one holding the database connections:
 *
 *   node --import tsx tests/integration/support/import-worker.ts [<importId> <organisationId>]
 *
 * Without arguments it loads the app's modules, prints "worker:ready" and then reads
 * "<importId> <organisationId>" from its first line of stdin, so a test can start it
 * (the slow part) while it prepares the import.
 * (`npx tsx …` or `tsx …` would spawn node as a grandchild and a SIGKILL
 * would only kill the wrapper, leaving the import running.)
 * DATABASE_URL and IMPORT_CHUNK_SIZE come from the environment.
 * Exit code: 0 when the run settled (whatever the job's status), 1 on a usage error.
 */
import { register } from "node:module";

// As in scripts/cli.ts: resolve "server-only" with the "react-server" condition, as Next does for server code.
const serverOnlyHook = `export async function resolve(specifier, context, nextResolve) {
  if (specifier !== "server-only") return nextResolve(specifier, context);
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
}`;
register(`data:text/javascript,${encodeURIComponent(serverOnlyHook)}`);

const { drainInProcessJobs, runImportInProcess } = await import("@/lib/server/jobs/in-process");

async function firstLineOfStdin(): Promise<string> {
  let input = "";
  for await (const chunk of process.stdin) {
    input += String(chunk);
    if (input.includes("\n")) break;
  }
  return input.split("\n")[0] ?? "";
}

let [importId, organisationId] = process.argv.slice(2);
if (!importId) {
  process.stdout.write("worker:ready\n");
  [importId, organisationId] = (await firstLineOfStdin()).trim().split(/\s+/);
}
if (!importId || !organisationId) {
  console.error("usage: import-worker.ts <importId> <organisationId> (as arguments or on the first line of stdin)");
  process.exit(1);
}
process.stdout.write("worker:started\n");
await runImportInProcess({ importId, organisationId });
await drainInProcessJobs();
process.stdout.write("worker:settled\n");
// Exit explicitly: the database pool must not keep the process alive.
process.exit(0);
