// A small catalog in the sync contract's shapes, and a fake server that answers like
// GET /api/sync/content: enough to drive the kiosk's store, index and sync loop in Node.
import { guideElementsSchema } from "../../../app/_shared/guides/schema";
import type { SyncContent, SyncGuide, SyncItem, SyncRecord } from "../../../app/_shared/sync/contract";
import { guides as seededGuides } from "../../../seeds/data/guides/part-1";

export function syncItem(id: string, overrides: Partial<SyncItem> = {}): SyncItem {
  return {
    id,
    revision: 1,
    domainSlug: "social-assistance",
    departmentSlug: "civil-affairs",
    siteCode: null,
    sortOrder: 1,
    level1: "最低生活保障",
    level2: "低保对象认定",
    content: "●申请条件 ●办理流程 ●保障标准",
    basis: "《社会救助暂行办法》",
    timeLimit: "信息形成之日起20个工作日内",
    publisher: "道县民政局",
    channels: { 县级: ["政府网站"], 乡级: ["便民服务站"] },
    audience: "全社会",
    mode: "主动公开",
    category: "服务公开",
    ...overrides,
  };
}

export function syncRecord(id: string, itemId: string, overrides: Partial<SyncRecord> = {}): SyncRecord {
  return {
    id,
    revision: 1,
    itemId,
    kind: "名单公示",
    title: "城乡低保对象名单公示",
    docNo: null,
    publisher: "道县民政局",
    issuedOn: "2026-03-01",
    effectiveFrom: null,
    expiresOn: null,
    body: "经审核，现将拟纳入低保对象名单予以公示。",
    table: null,
    ...overrides,
  };
}

export function syncGuide(id: string, itemIds: string[] = []): SyncGuide {
  const seed = seededGuides.find((g) => g.key === "g-subsistence-allowance");
  if (!seed) throw new Error("seeded guide missing");
  const { key, name, kind, domain, department, implementer, basicCode, implementationCode, lifeEvents, legalLimit, promisedLimit, visits, online, kioskSupported, updatedOn, townshipOverrides, items, ...elements } = seed;
  return {
    id,
    revision: 1,
    name,
    kind,
    domainSlug: domain,
    departmentSlug: department,
    implementer,
    basicCode,
    implementationCode,
    lifeEvents,
    legalLimit,
    promisedLimit,
    visits,
    isOnline: online,
    isKioskSupported: kioskSupported,
    updatedOn,
    sortOrder: 1,
    elements: guideElementsSchema.parse(elements),
    overrides: [],
    itemIds,
  };
}

/** A full snapshot (since=0) at `revision`. */
export function snapshot(revision: number, parts: Partial<Pick<SyncContent, "items" | "records" | "guides">> = {}): SyncContent {
  return {
    contract: 1,
    revision,
    since: 0,
    full: true,
    domains: [
      { slug: "social-assistance", name: "社会救助", sortOrder: 1, departments: [{ slug: "civil-affairs", isLead: true }], revision: 1 },
      { slug: "employment", name: "就业", sortOrder: 2, departments: [{ slug: "human-resources", isLead: true }], revision: 1 },
    ],
    departments: [
      { slug: "civil-affairs", name: "道县民政局", shortName: "民政局", revision: 1 },
      { slug: "human-resources", name: "道县人力资源和社会保障局", shortName: "人社局", revision: 1 },
    ],
    sites: [{ code: "431124101", name: "梅花镇", kind: "镇", address: "梅花镇政府院内", revision: 1 }],
    items: parts.items ?? [syncItem("sa-001"), syncItem("em-001", { domainSlug: "employment", departmentSlug: "human-resources", level1: "就业服务", level2: "失业登记", content: "●办理条件 ●办理材料" })],
    records: parts.records ?? [syncRecord("sa-001-r1", "sa-001")],
    guides: parts.guides ?? [syncGuide("g-subsistence-allowance", ["sa-001"])],
    removed: { items: [], records: [], guides: [] },
  };
}

/** A delta from `since` to `revision`. */
export function delta(since: number, revision: number, parts: Partial<Omit<SyncContent, "contract" | "revision" | "since" | "full">> = {}): SyncContent {
  return {
    contract: 1,
    revision,
    since,
    full: false,
    domains: [],
    departments: [],
    sites: [],
    items: [],
    records: [],
    guides: [],
    removed: { items: [], records: [], guides: [] },
    ...parts,
  };
}

/** A fetch that answers each call with the next of `answers` (a body with status, or a thrown error). */
export function fakeFetch(answers: ({ status: number; body: unknown } | Error)[]) {
  const calls: string[] = [];
  const fn = async (input: RequestInfo | URL): Promise<Response> => {
    calls.push(String(input));
    const next = answers.shift();
    if (!next) throw new Error(`unexpected request ${String(input)}`);
    if (next instanceof Error) throw next;
    return new Response(JSON.stringify(next.body), { status: next.status, headers: { "Content-Type": "application/json" } });
  };
  return { fetch: fn as typeof fetch, calls };
}
