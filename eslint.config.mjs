import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Domain logic depends on nothing above it: pages, actions and Inngest functions are shells over lib/.
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/app/*", "@/inngest", "@/inngest/*"], message: "lib/ must not import from app/ or inngest/: move the code it needs into lib/." }] },
      ],
    },
  },
  globalIgnores([".next/**", "generated/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
