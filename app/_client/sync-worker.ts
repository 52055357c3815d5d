// Runs a sync off the main thread: the first sync validates a ~1 MB snapshot and builds the search
// index (about a second of CPU on a kiosk), which would otherwise freeze the touch screen.
import { openKioskDb } from "./db";
import { syncOnce, type SyncOutcome } from "./sync";

/** The slice of DedicatedWorkerGlobalScope used here (the project's TS lib is "dom"). */
const scope = self as unknown as { onmessage: ((event: MessageEvent<unknown>) => void) | null; postMessage(message: SyncOutcome): void };

scope.onmessage = () => {
  openKioskDb()
    .then((db) => syncOnce({ db, fetch: (input, init) => fetch(input, init) }))
    .then((outcome) => scope.postMessage(outcome))
    .catch((err: unknown) => {
      // syncOnce records its own failures; this is the store itself failing to open.
      console.error("kiosk sync worker failed", err);
      scope.postMessage({ ok: false, error: `本机存储无法打开（${err instanceof Error ? err.message : String(err)}）`, unreachable: false });
    });
};
