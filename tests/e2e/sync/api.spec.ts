// The sync contract over HTTP against the running app (`next start` on data/e2e.db): content
// snapshot and delta with ETag, 304 and gzip; kiosk enrollment, heartbeat and revocation.
import { expect, test } from "@playwright/test";
import { createKiosk } from "../../../app/_server/kiosks/enroll";
import { revokeKiosk } from "../../../app/_server/kiosks/identity";
import { contentEtag, syncContentSchema, syncErrorSchema } from "../../../app/_shared/sync/contract";
import { enrollResponseSchema, kioskErrorSchema } from "../../../app/_shared/sync/kiosk";
import { buildItem } from "../../../seeds/factories";
import { e2eDb, publish } from "../support/store";

const CHINESE = /[\u4e00-\u9fff]/;
const MEIHUA = "431124101";

test.describe("GET /api/sync/content", () => {
  test("since=0 is the full snapshot, gzip-compressed when asked, with ETag", async ({ request }) => {
    const res = await request.get("/api/sync/content?since=0", { headers: { "Accept-Encoding": "gzip" } });
    expect(res.status()).toBe(200);
    expect(res.headers()["content-encoding"]).toBe("gzip");
    expect(res.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
    const body = syncContentSchema.parse(await res.json());
    expect(body).toMatchObject({ contract: 1, since: 0, full: true });
    expect(body.items.length).toBeGreaterThanOrEqual(400);
    expect(res.headers()["etag"]).toBe(contentEtag(body.revision, 0));
  });

  test("If-None-Match with the current ETag answers 304 without a body", async ({ request }) => {
    const first = await request.get("/api/sync/content?since=0");
    const etag = first.headers()["etag"] ?? "";
    const again = await request.get("/api/sync/content?since=0", { headers: { "If-None-Match": etag } });
    expect(again.status()).toBe(304);
    expect(again.headers()["etag"]).toBe(etag);
    expect((await again.body()).length).toBe(0);
  });

  test("a publish changes the ETag, and the delta holds just the new item", async ({ request }) => {
    const before = syncContentSchema.parse(await (await request.get("/api/sync/content?since=0")).json()).revision;
    const item = buildItem({ level2: "同步接口测试事项" });
    await publish([item]);
    const stale = await request.get(`/api/sync/content?since=${before}`, { headers: { "If-None-Match": contentEtag(before, before) } });
    expect(stale.status()).toBe(200);
    const delta = syncContentSchema.parse(await stale.json());
    expect(delta.items.map((i) => i.id)).toEqual([item.key]);
    expect((await stale.body()).length).toBeLessThanOrEqual(5 * 1024);
  });

  test("a bad since is a 400 with a Chinese message", async ({ request }) => {
    for (const since of ["abc", "-1", "1.5", "1e3"]) {
      const res = await request.get(`/api/sync/content?since=${since}`);
      expect(res.status(), since).toBe(400);
      const body = syncErrorSchema.parse(await res.json());
      expect(body.error).toBe("since_invalid");
      expect(body.message).toMatch(CHINESE);
    }
    const ahead = await request.get("/api/sync/content?since=2000000000");
    expect(ahead.status()).toBe(400);
    expect(syncErrorSchema.parse(await ahead.json())).toMatchObject({ error: "since_ahead", message: expect.stringMatching(CHINESE) });
  });
});

test.describe("kiosk enrollment and heartbeat", () => {
  test("a wrong code or a malformed body is refused with a Chinese message", async ({ request }) => {
    const wrong = await request.post("/api/kiosk/enroll", { data: { code: "ABCD-EFGH" } });
    expect([400, 403]).toContain(wrong.status());
    expect(kioskErrorSchema.parse(await wrong.json())).toEqual({ error: "code_invalid", message: "注册码无效，请核对后重新输入。" });
    const garbage = await request.post("/api/kiosk/enroll", { data: "{not json", headers: { "Content-Type": "application/json" } });
    expect(garbage.status()).toBe(400);
    expect(kioskErrorSchema.parse(await garbage.json())).toMatchObject({ error: "bad_request", message: expect.stringMatching(CHINESE) });
  });

  test("enroll → token, heartbeat 204, code reuse 403, revoke → heartbeat 401", async ({ request }) => {
    const created = await createKiosk(e2eDb(), { siteCode: MEIHUA, label: "梅花镇便民服务中心测试机", actor: "e2e" });
    if (!created.ok) throw new Error(created.message);

    const enroll = await request.post("/api/kiosk/enroll", { data: { code: created.code.toLowerCase() } });
    expect(enroll.status()).toBe(200);
    expect(enroll.headers()["cache-control"]).toBe("no-store");
    const { token, kiosk } = enrollResponseSchema.parse(await enroll.json());
    expect(kiosk).toEqual({ id: created.kiosk.id, siteCode: MEIHUA, siteName: "梅花镇", label: "梅花镇便民服务中心测试机" });

    const reuse = await request.post("/api/kiosk/enroll", { data: { code: created.code } });
    expect(reuse.status()).toBe(403);
    expect(kioskErrorSchema.parse(await reuse.json())).toMatchObject({ error: "code_used", message: expect.stringContaining("已被使用") });

    const auth = { Authorization: `Bearer ${token}` };
    const beat = { appVersion: "0.1.0-e2e", contentRevision: 5, outboxDepth: 1, outboxOldestAt: new Date().toISOString(), lastError: null };
    const ok = await request.post("/api/kiosk/heartbeat", { headers: auth, data: beat });
    expect(ok.status()).toBe(204);
    const row = await e2eDb().kiosk.findUniqueOrThrow({ where: { id: kiosk.id }, select: { appVersion: true, outboxDepth: true, lastHeartbeatAt: true } });
    expect(row).toMatchObject({ appVersion: "0.1.0-e2e", outboxDepth: 1 });
    expect(row.lastHeartbeatAt).not.toBeNull();

    const badBody = await request.post("/api/kiosk/heartbeat", { headers: auth, data: { appVersion: "", contentRevision: -1 } });
    expect(badBody.status()).toBe(400);
    const noToken = await request.post("/api/kiosk/heartbeat", { data: beat });
    expect(noToken.status()).toBe(401);
    expect(kioskErrorSchema.parse(await noToken.json()).error).toBe("token_invalid");

    expect(await revokeKiosk(e2eDb(), kiosk.id, "e2e")).toMatchObject({ ok: true });
    const revoked = await request.post("/api/kiosk/heartbeat", { headers: auth, data: beat });
    expect(revoked.status()).toBe(401);
    expect(kioskErrorSchema.parse(await revoked.json())).toMatchObject({ error: "token_revoked", message: expect.stringMatching(CHINESE) });
  });
});
