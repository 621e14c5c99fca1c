import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

const ENTRY_FILE = /^app\/(.+\/)?(page\.tsx|route\.ts|actions\.ts)$/;
const USE_SERVER = /["']use server["']/;
const USE_SERVER_MODULE = /^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;

/**
 * "file#export" for every function exported by a page, route handler or
 * server action module: pages, route.ts and actions.ts under app/, plus any
 * "use server" module under app/, lib/ or components/. A "use server"
 * directive inside a function (an inline action, which has no export to
 * call) yields "file#(inline use server)", which no registry entry matches.
 * Shared by the tenant-isolation registry and the role matrix, so neither can
 * miss what the other sees.
 */
export async function discoverExports(): Promise<string[]> {
  const keys: string[] = [];
  for (const dir of ["app", "lib", "components"]) {
    for (const file of (await readdir(join(ROOT, dir), { recursive: true })).map((f) => `${dir}/${f}`).sort()) {
      if (!/\.tsx?$/.test(file) || /\.test\.tsx?$/.test(file)) continue;
      const text = await readFile(join(ROOT, file), "utf8");
      const serverModule = USE_SERVER_MODULE.test(text);
      if (USE_SERVER.test(text.replace(USE_SERVER_MODULE, ""))) keys.push(`${file}#(inline use server)`);
      if (!serverModule && !ENTRY_FILE.test(file)) continue;
      const mod = (await import(/* @vite-ignore */ join(ROOT, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) if (typeof value === "function") keys.push(`${file}#${name}`);
    }
  }
  return keys.sort();
}

/** The function a key ("file#export", optionally followed by " (variant)") names. */
export async function exportOf(key: string): Promise<(...args: unknown[]) => unknown> {
  const [file, variant] = key.split("#") as [string, string];
  const name = variant.replace(/ \(.*\)$/, "");
  const fn = ((await import(/* @vite-ignore */ join(ROOT, file))) as Record<string, unknown>)[name];
  if (typeof fn !== "function") throw new Error(`${key} is not an exported function`);
  return fn as (...args: unknown[]) => unknown;
}
