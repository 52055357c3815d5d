// The heartbeat an enrolled kiosk sends, and what a refused token does to its identity.
import "fake-indexeddb/auto";
import { deleteDB } from "idb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeKioskDb, openKioskDb, readIdentity, type KioskDb } from "../../../app/_client/db";
import { sendHeartbeat } from "../../../app/_client/heartbeat";
import { heartbeatSchema } from "../../../app/_shared/sync/kiosk";

const TOKEN = "a".repeat(43);
let name = "";
let db: KioskDb;

beforeEach(async () => {
  name = `kiosk-test-${Math.random().toString(36).slice(2)}`;
  db = await openKioskDb(name);
  await db.put("meta", { revision: 12, lastSyncAt: null, lastAttemptAt: null, lastError: "无法连接服务器（Failed to fetch）" }, "sync");
  await db.put("identity", { token: TOKEN, kiosk: { id: "K1", siteCode: "431124101", siteName: "梅花镇", label: "1号机" }, status: "active", enrolledAt: null, lastHeartbeatAt: null }, "kiosk");
});

afterEach(async () => {
  await closeKioskDb(name);
  await deleteDB(name);
});

function answering(status: number, body?: unknown) {
  const sent: { url: string; init: RequestInit | undefined }[] = [];
  const fn = async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push({ url: String(input), init });
    return new Response(body === undefined ? null : JSON.stringify(body), { status });
  };
  return { fetch: fn as typeof fetch, sent };
}

describe("sendHeartbeat", () => {
  it("reports version, revision, outbox and last error with the device token", async () => {
    const server = answering(204);
    expect(await sendHeartbeat(db, server.fetch)).toEqual({ kind: "sent" });
    const [beat] = server.sent;
    expect(beat?.url).toBe("/api/kiosk/heartbeat");
    expect(new Headers(beat?.init?.headers).get("Authorization")).toBe(`Bearer ${TOKEN}`);
    const body = heartbeatSchema.parse(JSON.parse(String(beat?.init?.body)));
    expect(body).toMatchObject({ contentRevision: 12, outboxDepth: 0, outboxOldestAt: null, lastError: "无法连接服务器（Failed to fetch）" });
    expect((await readIdentity(db))?.lastHeartbeatAt).not.toBeNull();
  });

  it("drops the token of a revoked kiosk and remembers why", async () => {
    const server = answering(401, { error: "token_revoked", message: "本终端已被停用，请联系县政务公开办。" });
    expect(await sendHeartbeat(db, server.fetch)).toEqual({ kind: "stopped", status: "revoked" });
    expect(await readIdentity(db)).toMatchObject({ token: null, status: "revoked", kiosk: { id: "K1" } });
    // Stopped: no more beats.
    expect(await sendHeartbeat(db, answering(204).fetch)).toEqual({ kind: "skipped" });
  });

  it("does nothing before enrollment", async () => {
    await db.delete("identity", "kiosk");
    const server = answering(204);
    expect(await sendHeartbeat(db, server.fetch)).toEqual({ kind: "skipped" });
    expect(server.sent).toEqual([]);
  });
});
