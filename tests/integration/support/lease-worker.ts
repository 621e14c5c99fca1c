/**
 * Another process using the embedded server (the app, or the CLI): takes a lease on the
 * server in argv[2], prints its URL and whether it started it, then releases it when told
 * ("release" on stdin) or holds it until killed.
 */
import { createInterface } from "node:readline";
import { acquireLocalServer } from "@/lib/db/local-server";

const lease = await acquireLocalServer(process.argv[2]!);
console.log(JSON.stringify({ url: lease.url, started: lease.started }));
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() === "release") {
    console.log(JSON.stringify(await lease.release()));
    break;
  }
}
