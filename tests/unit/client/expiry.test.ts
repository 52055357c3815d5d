// Records past their expiresOn (Asia/Shanghai calendar) are hidden from lists and search, offline too.
import "fake-indexeddb/auto";
import { deleteDB } from "idb";
import { afterEach, describe, expect, it, vi } from "vitest";
import { applyContent } from "../../../app/_client/apply-content";
import { closeKioskDb, KIOSK_DB_NAME, openKioskDb } from "../../../app/_client/db";
import { readDomainPage, readItem, readRecord } from "../../../app/_client/local-content";
import { loadLocalSearchCorpus } from "../../../app/_client/local-search";
import { snapshot, syncRecord } from "./fixtures";

afterEach(async () => {
  vi.useRealTimers();
  await closeKioskDb();
  await deleteDB(KIOSK_DB_NAME);
});

const records = [
  syncRecord("current", "sa-001", { title: "现行低保标准公告", kind: "通知公告" }),
  syncRecord("lapsed", "sa-001", { title: "已过公示期的低保名单", expiresOn: "2026-05-31" }),
  // Expires "tomorrow" at sync time (01:30 on 1 June in China), so it is indexed, then hidden.
  syncRecord("later", "sa-001", { title: "六月到期的低保名单", expiresOn: "2026-06-01" }),
];

async function searchTitles(query: string): Promise<string[]> {
  const corpus = await loadLocalSearchCorpus();
  if (!corpus) throw new Error("no local corpus");
  return corpus.index.search(query).flatMap((h) => corpus.docs.get(h.id)?.title ?? []);
}

describe("expired records", () => {
  it("are left out of search, item lists and counts, but still open by address", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-05-31T17:30:00Z")); // 2026-06-01 01:30 in China
    const db = await openKioskDb();
    await applyContent(db, snapshot(3, { records }), new Date());

    const before = await searchTitles("低保名单");
    expect(before).toContain("六月到期的低保名单");
    expect(before).not.toContain("已过公示期的低保名单");
    expect((await readItem(db, "sa-001"))?.records.map((r) => r.id).sort()).toEqual(["current", "later"]);
    expect((await readRecord(db, "lapsed"))?.title).toBe("已过公示期的低保名单");

    // A day later the June record has lapsed too, without any sync.
    vi.setSystemTime(new Date("2026-06-01T17:30:00Z"));
    expect(await searchTitles("低保名单")).not.toContain("六月到期的低保名单");
    expect(await searchTitles("低保标准")).toContain("现行低保标准公告");
    expect((await readItem(db, "sa-001"))?.records.map((r) => r.id)).toEqual(["current"]);
    expect((await readDomainPage(db, "social-assistance"))?.items.find((i) => i.id === "sa-001")?.recordCount).toBe(1);
  });
});
