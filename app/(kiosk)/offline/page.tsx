import type { Metadata } from "next";
import { OfflineShell } from "@/components/kiosk/offline-shell";

// Built once and precached by the service worker (next.config.js), which answers any kiosk page
// with it when the server cannot be reached; the shell then renders that page from IndexedDB.
export const dynamic = "force-static";
export const metadata: Metadata = { title: { absolute: "道县政务公开一体机" }, robots: { index: false } };

export default function OfflinePage() {
  return <OfflineShell />;
}
