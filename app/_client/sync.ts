// One sync: GET /api/sync/content?since=<local revision>, validate, apply. Any failure leaves the
// local copy exactly as it was (the kiosk keeps serving it) and is recorded as lastError.
import { syncContentSchema, syncErrorSchema, type SyncContent } from "@/app/_shared/sync/contract";
import { applyContent } from "./apply-content";
import { readSyncMeta, type KioskDb, type SyncMeta } from "./db";

export interface SyncDeps {
  db: KioskDb;
  fetch: typeof fetch;
  now?: () => Date;
}

export type SyncOutcome =
  | { ok: true; revision: number; changes: number; full: boolean }
  /** `unreachable`: no answer at all (network down, server off), as opposed to a bad answer. */
  | { ok: false; error: string; unreachable: boolean };

/** A failure with a message fit for the heartbeat's lastError (short, Chinese, no personal data). */
export class SyncError extends Error {
  constructor(
    message: string,
    readonly unreachable = false,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

const CONTENT_PATH = "/api/sync/content";
/**
 * A township line that drops packets leaves a request hanging for minutes; after this the attempt
 * counts as "no answer" and the next cycle retries. Long enough for a 220 KB gzip snapshot on a
 * slow line.
 */
const FETCH_TIMEOUT_MS = 60_000;

type Answer = { kind: "content"; content: SyncContent } | { kind: "ahead" } | { kind: "unchanged" };

async function fetchContent(deps: SyncDeps, since: number): Promise<Answer> {
  let res: Response;
  try {
    res = await deps.fetch(`${CONTENT_PATH}?since=${since}`, { headers: { Accept: "application/json" }, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (err) {
    throw new SyncError(`无法连接服务器（${err instanceof Error ? err.message : String(err)}）`, true, { cause: err });
  }
  // The browser answers a revalidated request from its HTTP cache as 200; a bare 304 only reaches
  // us from a cache that does not, and means the same: nothing new.
  if (res.status === 304) return { kind: "unchanged" };
  const body: unknown = await res.json().catch((err: unknown) => {
    throw new SyncError(`服务器答复不是 JSON（HTTP ${res.status}）`, false, { cause: err });
  });
  if (!res.ok) {
    const error = syncErrorSchema.safeParse(body);
    if (res.status === 400 && error.success && error.data.error === "since_ahead") return { kind: "ahead" };
    throw new SyncError(`同步失败（HTTP ${res.status}${error.success ? `，${error.data.error}：${error.data.message}` : ""}）`);
  }
  const parsed = syncContentSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SyncError(`同步数据不符合契约 v1（${issue ? `${issue.path.join(".")}：${issue.message}` : "格式错误"}）`);
  }
  return { kind: "content", content: parsed.data };
}

async function recordFailure(db: KioskDb, meta: SyncMeta, error: string, now: Date): Promise<void> {
  await db.put("meta", { ...meta, lastAttemptAt: now.toISOString(), lastError: error }, "sync");
}

export async function syncOnce(deps: SyncDeps): Promise<SyncOutcome> {
  const now = deps.now ?? (() => new Date());
  const meta = await readSyncMeta(deps.db);
  try {
    let answer = await fetchContent(deps, meta.revision);
    // The server's store was reset or restored: start again from a full snapshot, which replaces
    // everything held here (see README "Sync contract").
    if (answer.kind === "ahead") answer = await fetchContent(deps, 0);
    if (answer.kind === "ahead") throw new SyncError("服务器拒绝完整同步（since_ahead）");
    if (answer.kind === "unchanged") {
      const at = now().toISOString();
      await deps.db.put("meta", { ...meta, lastSyncAt: at, lastAttemptAt: at, lastError: null }, "sync");
      return { ok: true, revision: meta.revision, changes: 0, full: false };
    }
    if (!answer.content.full && answer.content.since !== meta.revision) throw new SyncError("同步答复的起始版本与本机不符");
    const applied = await applyContent(deps.db, answer.content, now());
    return { ok: true, ...applied, full: answer.content.full };
  } catch (err) {
    const error = err instanceof SyncError ? err.message : `本机保存内容失败（${err instanceof Error ? err.message : String(err)}）`;
    // Logged for staff at the terminal; the resident keeps seeing the last good copy.
    console.error("kiosk sync failed", err);
    await recordFailure(deps.db, meta, error, now());
    return { ok: false, error, unreachable: err instanceof SyncError && err.unreachable };
  }
}
