import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False while the page is only the server's HTML (before hydration, or
 * without JavaScript), true once React runs it. Forms that need the page's
 * script disable their submit button until then, so they visibly wait
 * instead of being posted by the browser.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
