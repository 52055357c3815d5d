"use client";

import { useEffect } from "react";
import { startSyncLoop, syncNow } from "@/app/_client/sync-loop";
import { registerServiceWorker } from "@/app/_client/sw-register";
import { useKioskSyncState } from "@/app/_client/use-kiosk-sync-state";

const PARTS = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "2026年11月27日 08:05" in China time, whatever the terminal's clock zone. */
export function formatSyncTime(iso: string): string {
  const p = Object.fromEntries(PARTS.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return `${p.year}年${p.month}月${p.day}日 ${p.hour}:${p.minute}`;
}

/**
 * The footer's kiosk state: when the local content was last updated, and a badge while the network
 * is down. It also starts the kiosk's background work (service worker, sync loop) on every kiosk
 * page. `data-sync-state` and `data-revision` let tests and staff tools see the loop's progress.
 */
export function SyncStatus() {
  const s = useKioskSyncState();
  useEffect(() => {
    registerServiceWorker();
    startSyncLoop();
  }, []);
  const line = s.phase === "loading" ? "正在读取本机内容…" : s.lastSyncAt ? `本机内容更新于 ${formatSyncTime(s.lastSyncAt)}` : "本机内容尚未同步";
  return (
    <div data-sync-state={s.phase} data-revision={s.revision} className="flex flex-wrap items-center justify-center gap-x-6 gap-y-2">
      {(!s.isOnline || !s.isServerReachable) && (
        <p role="status" className="rounded-lg bg-amber-100 px-4 py-2 text-xl font-bold text-amber-950">
          网络已断开，正在使用本机内容
        </p>
      )}
      <p className="text-xl text-ink">{line}</p>
      {/* For hall staff checking a terminal; harmless if a resident taps it. */}
      <button
        type="button"
        onClick={() => void syncNow()}
        disabled={!s.isOnline || s.phase === "syncing"}
        className="min-h-[60px] min-w-[60px] rounded-lg px-4 text-xl text-brand-700 underline underline-offset-4 disabled:text-slate-500 disabled:no-underline"
      >
        {s.phase === "syncing" ? "正在同步…" : "立即同步"}
      </button>
    </div>
  );
}
