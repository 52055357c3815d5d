// The enrolled kiosk's heartbeat: program version, content revision, outbox depth and last error,
// so the county office sees which terminals are current. A 401 means the token is no longer
// accepted (revoked, or the server forgot it): the token is dropped and the reason kept.
import { kioskErrorSchema, type HeartbeatInput } from "@/app/_shared/sync/kiosk";
import { APP_VERSION } from "./app-version";
import { readIdentity, readSyncMeta, type KioskDb, type KioskIdentity } from "./db";
import { outboxStats } from "./outbox-stats";

export type HeartbeatOutcome =
  | { kind: "sent" }
  | { kind: "skipped" }
  | { kind: "stopped"; status: Exclude<KioskIdentity["status"], "active"> }
  | { kind: "failed"; error: string };

export const HEARTBEAT_PATH = "/api/kiosk/heartbeat";

export async function sendHeartbeat(db: KioskDb, fetchFn: typeof fetch, now: () => Date = () => new Date()): Promise<HeartbeatOutcome> {
  const identity = await readIdentity(db);
  if (!identity?.token || identity.status !== "active") return { kind: "skipped" };
  const [meta, outbox] = await Promise.all([readSyncMeta(db), outboxStats()]);
  const body: HeartbeatInput = {
    appVersion: APP_VERSION,
    contentRevision: meta.revision,
    outboxDepth: outbox.depth,
    outboxOldestAt: outbox.oldestAt,
    lastError: meta.lastError,
  };
  let res: Response;
  try {
    res = await fetchFn(HEARTBEAT_PATH, {
      method: "POST",
      headers: { Authorization: `Bearer ${identity.token}`, "Content-Type": "application/json" },
      body: JSON.stringify(body),
      // A beat is small: one that hangs on a bad line is dropped, the next cycle sends a fresh one.
      signal: AbortSignal.timeout(15_000),
    });
  } catch (err) {
    // Offline: the next cycle tries again; nothing to record beyond the sync's own error.
    return { kind: "failed", error: err instanceof Error ? err.message : String(err) };
  }
  if (res.status === 401) {
    // A 401 without the JSON body (a proxy's page) still means the token is refused: "invalid".
    const parsed = kioskErrorSchema.safeParse(await res.json().catch(() => null));
    const status = parsed.success && parsed.data.error === "token_revoked" ? "revoked" : "invalid";
    await updateIfSameToken(db, identity.token, (current) => ({ ...current, token: null, status }));
    return { kind: "stopped", status };
  }
  if (!res.ok) return { kind: "failed", error: `HTTP ${res.status}` };
  await updateIfSameToken(db, identity.token, (current) => ({ ...current, lastHeartbeatAt: now().toISOString() }));
  return { kind: "sent" };
}

/** Staff may re-enroll while a beat is in flight: its answer must not touch the new identity. */
async function updateIfSameToken(db: KioskDb, token: string, change: (current: KioskIdentity) => KioskIdentity): Promise<void> {
  const tx = db.transaction("identity", "readwrite");
  const current = await tx.store.get("kiosk");
  if (current?.token === token) await tx.store.put(change(current), "kiosk");
  await tx.done;
}
