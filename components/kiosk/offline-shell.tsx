"use client";

import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { OfflineLoading, OfflineUnavailable } from "./offline-state";

// Each view is its own chunk (all precached): a cold start parses only the page it shows, and
// only /search loads the search engine.
const loading = () => <OfflineLoading />;
const OfflineHome = dynamic(() => import("./offline-home").then((m) => m.OfflineHome), { loading });
const OfflineDomain = dynamic(() => import("./offline-domain").then((m) => m.OfflineDomain), { loading });
const OfflineItem = dynamic(() => import("./offline-item").then((m) => m.OfflineItem), { loading });
const OfflineRecord = dynamic(() => import("./offline-record").then((m) => m.OfflineRecord), { loading });
const OfflineGuide = dynamic(() => import("./offline-guide").then((m) => m.OfflineGuide), { loading });
const OfflineGuides = dynamic(() => import("./offline-guides").then((m) => m.OfflineGuides), { loading });
const SearchScreen = dynamic(() => import("./search-screen").then((m) => m.SearchScreen), { loading });

// The search view is the largest chunk: on /search, fetch and run it while React hydrates rather
// than after (it also starts reading the local index at once, see search-screen.tsx).
if (typeof window !== "undefined" && window.location.pathname === "/search") {
  import("./search-screen").catch((err: unknown) => console.error("search view failed to load", err));
}

interface Where {
  path: string;
  params: URLSearchParams;
}

/** `/items/abc` → ["items", "abc"]; percent-escapes decoded, as Next decodes route params. */
function segmentsOf(path: string): string[] {
  return path
    .split("/")
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        // A malformed escape cannot name any content; keep it raw so the page says "not found".
        return s;
      }
    });
}

function OfflineRoute({ path, params }: Where) {
  const [first, id, ...rest] = segmentsOf(path);
  if (rest.length > 0) return <OfflineUnavailable />;
  if (first === undefined || first === "offline") return <OfflineHome />;
  if (first === "search" && !id) return <SearchScreen revision={0} initialQuery={(params.get("q") ?? "").slice(0, 100)} />;
  if (first === "guides" && !id) return <OfflineGuides byParam={params.get("by")} eventParam={params.get("event")} />;
  if (id === undefined) return <OfflineUnavailable />;
  switch (first) {
    case "domains":
      return <OfflineDomain slug={id} levelParam={params.get("level")} />;
    case "items":
      return <OfflineItem id={id} />;
    case "records":
      return <OfflineRecord id={id} />;
    case "guides":
      return <OfflineGuide id={id} />;
    default:
      return <OfflineUnavailable />;
  }
}

/**
 * The page the service worker answers with when the server cannot be reached: it reads the address
 * the resident asked for and renders that page from the local store. Precached, so it works for
 * pages never opened while online.
 */
export function OfflineShell() {
  const [where, setWhere] = useState<Where | null>(null);
  useEffect(() => {
    // Read after mount: the server rendered this shell once, for no particular address.
    setWhere({ path: window.location.pathname, params: new URLSearchParams(window.location.search) });
  }, []);
  // The marker tells tests (and staff with dev tools) that this page came from the local store.
  return <div data-rendered-from="local-store">{where ? <OfflineRoute path={where.path} params={where.params} /> : <OfflineLoading />}</div>;
}
