// The kiosk's background loop: sync on load, when the network comes back, and every ~5 minutes;
// a heartbeat after each sync when the terminal is enrolled. Its state feeds the footer's status
// line, the search screen (reloads its index after a change) and the setup page.
import { openKioskDb, readIdentity, readSyncMeta, type KioskIdentity } from "./db";
import type { HeartbeatOutcome } from "./heartbeat";
import { runSync } from "./sync-runner";

export type SyncPhase = "loading" | "idle" | "syncing" | "synced" | "failed";

export interface KioskSyncState {
  /** `synced`/`failed`: how this page's last attempt ended; `idle`: none yet (or offline). */
  phase: SyncPhase;
  revision: number;
  lastSyncAt: string | null;
  lastError: string | null;
  /** navigator.onLine: false when the terminal has no network link at all. */
  isOnline: boolean;
  /**
   * False after a sync got no answer. A township centre's LAN often stays up while its line to the
   * county is down: the browser then reports "online", yet nothing reaches the server.
   */
  isServerReachable: boolean;
  /** The enrollment as last known here; "none" before any. */
  kioskStatus: KioskIdentity["status"] | "none";
}

/** What the server renders (it knows nothing of this terminal); the client takes over on mount. */
export const INITIAL_SYNC_STATE: KioskSyncState = { phase: "loading", revision: 0, lastSyncAt: null, lastError: null, isOnline: true, isServerReachable: true, kioskStatus: "none" };

const PERIOD_MS = 5 * 60 * 1000;
/** ±10 %: terminals started together (a power cut ends) do not all hit the server at once. */
const JITTER = 0.1;

let state = INITIAL_SYNC_STATE;
const listeners = new Set<() => void>();
let started = false;
let inflight: Promise<void> | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

export function subscribeSyncState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSyncState(): KioskSyncState {
  return state;
}

function update(patch: Partial<KioskSyncState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

async function refreshFromStore(): Promise<void> {
  const db = await openKioskDb();
  const [meta, identity] = await Promise.all([readSyncMeta(db), readIdentity(db)]);
  update({ revision: meta.revision, lastSyncAt: meta.lastSyncAt, lastError: meta.lastError, kioskStatus: identity?.status ?? "none" });
}

async function cycle(): Promise<void> {
  if (!navigator.onLine) {
    update({ phase: state.phase === "loading" ? "idle" : state.phase, isOnline: false });
    return;
  }
  update({ phase: "syncing" });
  const outcome = await runSync();
  await refreshFromStore();
  update({ phase: outcome.ok ? "synced" : "failed", isServerReachable: outcome.ok || !outcome.unreachable });
  const beat = await heartbeat();
  if (beat.kind === "failed") console.warn("kiosk heartbeat failed", beat.error);
}

/** Beats when enrolled; a refused token updates the state at once. Loaded on demand (zod schemas). */
async function heartbeat(): Promise<HeartbeatOutcome> {
  const { sendHeartbeat } = await import("./heartbeat");
  const beat = await sendHeartbeat(await openKioskDb(), (input, init) => fetch(input, init));
  if (beat.kind === "stopped") update({ kioskStatus: beat.status });
  return beat;
}

/** Resolves once the page has loaded and the main thread is idle: a cold start comes first. */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    const idle = () => (window.requestIdleCallback ? window.requestIdleCallback(() => resolve(), { timeout: 3000 }) : setTimeout(resolve, 1000));
    if (document.readyState === "complete") idle();
    else window.addEventListener("load", idle, { once: true });
  });
}

/** Runs a sync and heartbeat now (or joins the one running). Also the staff's 立即同步 button. */
export function syncNow(): Promise<void> {
  inflight ??= cycle()
    .catch((err: unknown) => {
      console.error("kiosk sync cycle failed", err);
      update({ phase: "failed", lastError: err instanceof Error ? err.message : String(err) });
    })
    .finally(() => {
      inflight = null;
    });
  return inflight;
}

function schedule(): void {
  clearTimeout(timer);
  const delay = PERIOD_MS * (1 - JITTER + Math.random() * 2 * JITTER);
  timer = setTimeout(() => {
    void syncNow().finally(schedule);
  }, delay);
}

/** Starts the loop once per page load; later calls (every kiosk page mounts the footer) are no-ops. */
export function startSyncLoop(): void {
  if (started) return;
  started = true;
  update({ isOnline: navigator.onLine });
  window.addEventListener("online", () => {
    update({ isOnline: true });
    void syncNow();
  });
  window.addEventListener("offline", () => update({ isOnline: false }));
  void refreshFromStore()
    .catch((err: unknown) => console.error("kiosk store unreadable", err))
    // The footer shows the stored time at once; the first sync waits until the page is idle.
    .then(() => update({ phase: state.phase === "loading" ? "idle" : state.phase }))
    .then(whenIdle)
    .then(() => syncNow())
    .finally(schedule);
}

/** After enrollment the setup page re-reads the identity and beats at once. */
export async function refreshIdentity(): Promise<void> {
  await refreshFromStore();
  await heartbeat();
}
