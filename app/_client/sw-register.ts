// Registers the service worker that next-pwa generates at build time (public/sw.js). Done here
// rather than by next-pwa's auto-register script, which it injects into the Pages Router's main
// entry only: App Router pages never load it.
export const SW_URL = "/sw.js";

export function registerServiceWorker(): void {
  // `next dev` builds no worker (next.config.js disables next-pwa there).
  if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
  const register = () =>
    navigator.serviceWorker.register(SW_URL, { scope: "/" }).catch((err: unknown) => {
      // The kiosk still works online without it; offline start-up needs it, so staff should see why.
      console.error("service worker registration failed", err);
    });
  // After the load event: the worker's install (precaching every chunk) must not slow the first
  // page, and on later starts the registration is only an update check.
  if (document.readyState === "complete") void register();
  else window.addEventListener("load", () => void register(), { once: true });
}
