// Kiosk identity on both stores: enrollment codes, device tokens, revocation and heartbeats.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKiosk, enrollKiosk } from "../../app/_server/kiosks/enroll";
import { authenticateKiosk, recordHeartbeat, revokeKiosk } from "../../app/_server/kiosks/identity";
import { listKiosks } from "../../app/_server/kiosks/list";
import { ENROLLMENT_CODE_ALPHABET, heartbeatSchema } from "../../app/_shared/sync/kiosk";
import { sites } from "../../seeds/county";
import { loadCatalog } from "../../seeds/load-catalog";
import { createTestDatabase, type TestDatabase } from "../support/test-db";

const MEIHUA = "431124101";
const DAY = 24 * 60 * 60 * 1000;

describe.each(["sqlite", "postgresql"] as const)("kiosk identity in %s", (kind) => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    await loadCatalog(t.db, { domains: [], departments: [], sites, items: [], records: [] });
  });
  afterAll(async () => t?.drop());

  async function newKiosk(label?: string, now?: Date) {
    const created = await createKiosk(t.db, { siteCode: MEIHUA, label }, now);
    if (!created.ok) throw new Error(created.message);
    return created;
  }

  it("creates a kiosk with a readable one-time code and stores only hashes", async () => {
    const { code, kiosk, expiresAt } = await newKiosk("梅花镇便民服务中心1号机");
    expect(code).toMatch(new RegExp(`^[${ENROLLMENT_CODE_ALPHABET}]{4}-[${ENROLLMENT_CODE_ALPHABET}]{4}$`));
    expect(kiosk).toMatchObject({ siteCode: MEIHUA, siteName: "梅花镇", label: "梅花镇便民服务中心1号机" });
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * DAY);
    const row = await t.db.kiosk.findUniqueOrThrow({ where: { id: kiosk.id } });
    expect(row.enrollmentCodeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(code.replace("-", ""));
  });

  it("refuses an unknown site", async () => {
    const result = await createKiosk(t.db, { siteCode: "431124999" });
    expect(result).toMatchObject({ ok: false, error: "site_unknown" });
  });

  it("enrolls with a valid code (typed loosely) and returns a device token; the code is then used", async () => {
    const { code, kiosk } = await newKiosk();
    const enrolled = await enrollKiosk(t.db, ` ${code.toLowerCase().replace("-", " ")} `);
    if (!enrolled.ok) throw new Error(enrolled.message);
    expect(enrolled.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(enrolled.kiosk).toEqual({ id: kiosk.id, siteCode: MEIHUA, siteName: "梅花镇", label: "梅花镇便民服务中心一体机" });
    const row = await t.db.kiosk.findUniqueOrThrow({ where: { id: kiosk.id } });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(enrolled.token);

    const again = await enrollKiosk(t.db, code);
    expect(again).toEqual({ ok: false, error: "code_used", message: expect.stringContaining("已被使用") });
    expect(await authenticateKiosk(t.db, enrolled.token)).toMatchObject({ ok: true, kiosk: { id: kiosk.id } });
  });

  it("refuses a wrong code, and garbage, with the same clear message", async () => {
    await newKiosk();
    for (const wrong of ["ABCD-EFGH", "abc", "", "0000-0000", "'; DROP TABLE \"Kiosk\"; --"]) {
      expect(await enrollKiosk(t.db, wrong)).toEqual({ ok: false, error: "code_invalid", message: "注册码无效，请核对后重新输入。" });
    }
  });

  it("refuses an expired code", async () => {
    const created = new Date("2026-03-02T09:00:00+08:00");
    const { code } = await newKiosk(undefined, created);
    const eightDaysLater = new Date(created.getTime() + 8 * DAY);
    expect(await enrollKiosk(t.db, code, eightDaysLater)).toMatchObject({ ok: false, error: "code_expired", message: expect.stringContaining("已过期") });
    const sixDaysLater = new Date(created.getTime() + 6 * DAY);
    expect(await enrollKiosk(t.db, code, sixDaysLater)).toMatchObject({ ok: true });
  });

  it("refuses the code of a kiosk revoked before it enrolled", async () => {
    const { code, kiosk } = await newKiosk();
    await revokeKiosk(t.db, kiosk.id);
    expect(await enrollKiosk(t.db, code)).toMatchObject({ ok: false, error: "code_revoked" });
  });

  it("refuses a revoked token and an unknown one", async () => {
    const { code, kiosk } = await newKiosk();
    const enrolled = await enrollKiosk(t.db, code);
    if (!enrolled.ok) throw new Error(enrolled.message);
    expect(await revokeKiosk(t.db, kiosk.id, "tester")).toEqual({ ok: true, wasRevoked: false });
    expect(await revokeKiosk(t.db, kiosk.id, "tester")).toEqual({ ok: true, wasRevoked: true });
    expect(await authenticateKiosk(t.db, enrolled.token)).toEqual({ ok: false, error: "token_revoked", message: expect.stringContaining("停用") });
    expect(await authenticateKiosk(t.db, "A".repeat(43))).toMatchObject({ ok: false, error: "token_invalid" });
    expect(await authenticateKiosk(t.db, null)).toMatchObject({ ok: false, error: "token_invalid" });
    expect(await revokeKiosk(t.db, "KNOPE123")).toMatchObject({ ok: false, error: "not_found" });
    const audit = await t.db.auditLog.findMany({ where: { entityType: "kiosk", entityId: kiosk.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["kiosk.create", "kiosk.enroll", "kiosk.revoke"]);
  });

  it("records the heartbeat and shows it in the overview", async () => {
    const { code, kiosk } = await newKiosk("梅花镇便民服务中心2号机");
    const enrolled = await enrollKiosk(t.db, code);
    if (!enrolled.ok) throw new Error(enrolled.message);
    const beat = heartbeatSchema.parse({ appVersion: "0.1.0", contentRevision: 7, outboxDepth: 2, outboxOldestAt: "2026-03-02T08:15:00+08:00", lastError: "x".repeat(900) });
    const at = new Date("2026-03-02T09:30:00+08:00");
    expect(await recordHeartbeat(t.db, kiosk.id, beat, at)).toBe(true);

    const overview = (await listKiosks(t.db)).find((k) => k.id === kiosk.id);
    expect(overview).toMatchObject({ status: "active", siteName: "梅花镇", appVersion: "0.1.0", contentRevision: 7, outboxDepth: 2, lastHeartbeatAt: at });
    expect(overview?.outboxOldestAt?.toISOString()).toBe("2026-03-02T00:15:00.000Z");
    expect(overview?.lastError).toHaveLength(500);
    expect(Object.keys(overview ?? {})).not.toContain("tokenHash");

    await revokeKiosk(t.db, kiosk.id);
    expect(await recordHeartbeat(t.db, kiosk.id, beat)).toBe(false);
    expect((await listKiosks(t.db)).find((k) => k.id === kiosk.id)?.status).toBe("revoked");
  });

  it("rejects malformed heartbeats at the schema", () => {
    for (const bad of [{}, { appVersion: "1", contentRevision: -1, outboxDepth: 0 }, { appVersion: "1", contentRevision: 1, outboxDepth: 0, outboxOldestAt: "yesterday" }]) {
      expect(heartbeatSchema.safeParse(bad).success).toBe(false);
    }
    expect(heartbeatSchema.parse({ appVersion: "1", contentRevision: 0, outboxDepth: 0 })).toMatchObject({ outboxOldestAt: null, lastError: null });
  });
});
