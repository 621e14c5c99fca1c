/**
 * Stand-ins for the parts of Next.js that only work inside a request, so
 * pages, server actions and route handlers can be called as plain functions.
 * Wire them up with vi.mock in the test file, e.g.
 *   vi.mock("next/navigation", async (original) => ({ ...(await original()), ...(await import("./support/next-stubs")).navigation }));
 */

/** Thrown by the stubbed redirect() and notFound() instead of ending the request. */
export class NavigationSignal extends Error {
  constructor(
    readonly kind: "redirect" | "notFound",
    readonly url: string | null = null,
  ) {
    super(kind === "redirect" ? `redirect(${url})` : "notFound()");
  }
}

export const navigation = {
  redirect(url: string): never {
    throw new NavigationSignal("redirect", url);
  },
  permanentRedirect(url: string): never {
    throw new NavigationSignal("redirect", url);
  },
  notFound(): never {
    throw new NavigationSignal("notFound");
  },
};

/** What calling a page, action or route handler came to, in a form tests can compare and search. */
export type Outcome =
  | { kind: "redirect"; url: string }
  | { kind: "notFound" }
  | { kind: "response"; status: number; headers: Record<string, string>; body: string }
  | { kind: "value"; value: unknown };

/** Runs the call; a redirect or notFound becomes an outcome, a Response is read to the end, other errors propagate. */
export async function capture(run: () => unknown): Promise<Outcome> {
  try {
    const value = await run();
    if (value instanceof Response) {
      return { kind: "response", status: value.status, headers: Object.fromEntries(value.headers), body: await value.text() };
    }
    return { kind: "value", value };
  } catch (error) {
    if (error instanceof NavigationSignal) return error.kind === "redirect" ? { kind: "redirect", url: error.url ?? "" } : { kind: "notFound" };
    throw error;
  }
}

// React's development-only bookkeeping on elements: stack traces and owners, not data.
const REACT_INTERNALS = new Set(["_owner", "_store", "_debugStack", "_debugTask", "_debugInfo"]);

/**
 * Every string an outcome holds, as one text: action results, response
 * bodies and headers, and the element tree a server component returned
 * (props of client components included; nested components are not run).
 */
export function serialise(value: unknown): string {
  const seen = new WeakSet<object>();
  return (
    JSON.stringify(value, (key, v: unknown) => {
      if (REACT_INTERNALS.has(key)) return undefined;
      if (typeof v === "bigint") return v.toString();
      if (typeof v === "function") return `[function ${v.name}]`;
      if (typeof v === "symbol") return v.toString();
      if (v && typeof v === "object") {
        if (seen.has(v)) return "[seen]";
        seen.add(v);
      }
      return v;
    }) ?? "undefined"
  );
}
