// Loaded with `node --import` before a stage: app server modules import "server-only",
// which throws unless resolved with React's "react-server" condition (as Next does for
// server code, and as scripts/cli.ts does). Only that one package is resolved that way.
import { register } from "node:module";

const hook = `export async function resolve(specifier, context, nextResolve) {
  if (specifier !== "server-only") return nextResolve(specifier, context);
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
