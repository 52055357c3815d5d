// Runs one sync in the sync worker when the browser has workers, in this thread otherwise. One at
// a time per page; across tabs the Web Locks API (where present) keeps two syncs from interleaving.
import { openKioskDb } from "./db";
import type { SyncOutcome } from "./sync";

let worker: Worker | null | undefined;
const LOCK = "daoxian-kiosk-sync";

function syncWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = typeof Worker === "undefined" ? null : new Worker(new URL("./sync-worker.ts", import.meta.url));
  } catch (err) {
    console.error("sync worker unavailable, syncing on the main thread", err);
    worker = null;
  }
  return worker;
}

function inWorker(w: Worker): Promise<SyncOutcome> {
  return new Promise((resolve) => {
    w.onmessage = (event: MessageEvent<SyncOutcome>) => resolve(event.data);
    w.onerror = (event) => {
      event.preventDefault();
      // A worker that failed to load or crashed is replaced on the next run.
      w.terminate();
      worker = undefined;
      resolve({ ok: false, error: `同步线程出错（${event.message}）`, unreachable: false });
    };
    w.postMessage("sync");
  });
}

async function inPage(): Promise<SyncOutcome> {
  // Loaded on demand: the sync code (contract schemas, index builder) is most of the kiosk's
  // JavaScript, and every page loads this module through the footer.
  const { syncOnce } = await import("./sync");
  return syncOnce({ db: await openKioskDb(), fetch: (input, init) => fetch(input, init) });
}

export async function runSync(): Promise<SyncOutcome> {
  const w = syncWorker();
  const run = () => (w ? inWorker(w) : inPage());
  return typeof navigator !== "undefined" && navigator.locks ? await navigator.locks.request(LOCK, run) : run();
}
