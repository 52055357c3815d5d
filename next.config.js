import { readFileSync } from "node:fs";
import withPWAInit from "next-pwa";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

// The kiosk's service worker (next-pwa 5.6 → Workbox GenerateSW, webpack builds only). Design, in
// short (tests/e2e/offline proves it in Chromium):
// - build assets and public/ files are precached, and so is /offline: a static shell page that
//   renders any kiosk page from the local store (IndexedDB) by reading the address it is shown at;
// - content pages always come from the server when it answers within 3 s; otherwise the shell,
//   never an old cached copy, so an offline kiosk shows exactly its last sync (no withdrawn or
//   expired content from a page cached weeks ago) and pages never opened online work too;
// - other pages (forms, print views) fall back to their last copy, then to the shell's notice;
// - RSC requests are never cached: when they fail, Next falls back to a full navigation, which
//   the rules above answer. /api is never touched: the sync loop handles its own failures.
// Functions below are serialized into sw.js: they may use only their arguments and SW globals.
// Workbox only times out NetworkFirst, and on a timeout it takes the cache's answer; these plugins
// make that answer the shell (or an error for RSC) and keep content pages out of the cache.
const neverCache = { cacheWillUpdate: async () => null };
const orShell = { cachedResponseWillBeUsed: async ({ cachedResponse }) => cachedResponse ?? (await caches.match("/offline", { ignoreSearch: true })) };
const orNetworkError = { cachedResponseWillBeUsed: async () => Response.error() };

const runtimeCaching = [
  {
    urlPattern: ({ request, url, sameOrigin }) =>
      sameOrigin && request.mode === "navigate" && /^\/(?:$|search\/?$|domains\/|items\/|records\/|guides(?:\/|$))/.test(url.pathname),
    handler: "NetworkFirst",
    options: { cacheName: "kiosk-content-pages", networkTimeoutSeconds: 3, plugins: [neverCache, orShell] },
  },
  {
    urlPattern: ({ request, url, sameOrigin }) => sameOrigin && request.mode === "navigate" && !url.pathname.startsWith("/api/"),
    handler: "NetworkFirst",
    options: { cacheName: "kiosk-pages", networkTimeoutSeconds: 3, expiration: { maxEntries: 32 }, plugins: [orShell] },
  },
  {
    urlPattern: ({ request, sameOrigin }) => sameOrigin && request.headers.get("RSC") === "1",
    handler: "NetworkFirst",
    options: { cacheName: "kiosk-rsc", networkTimeoutSeconds: 3, plugins: [neverCache, orNetworkError] },
  },
  {
    // Every build asset is precached; this only catches one the precache list missed.
    urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
    handler: "CacheFirst",
    options: { cacheName: "next-static", expiration: { maxEntries: 300 } },
  },
];

const withPWA = withPWAInit({
  dest: "public",
  disable: process.env.NODE_ENV === "development",
  // Registered by app/_client/sw-register.ts: next-pwa's own script only reaches Pages Router entries.
  register: false,
  // "/" is a content page like the others: no separate start-URL cache that could go stale.
  cacheStartUrl: false,
  dynamicStartUrl: false,
  fallbacks: { document: "/offline" },
  runtimeCaching,
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The heartbeat reports which build a kiosk runs.
  env: { NEXT_PUBLIC_APP_VERSION: version },
  // Native and server-only packages stay out of the bundle; they are required at run time.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      {
        // A new build's worker must reach kiosks on their next check, not after a cache lifetime.
        source: "/sw.js",
        headers: [{ key: "Cache-Control", value: "no-cache, no-store, must-revalidate" }],
      },
    ];
  },
};

export default withPWA(nextConfig);
