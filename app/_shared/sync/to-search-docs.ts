// From sync DTOs (the contract v1 shapes) to the flat documents the kiosk's search index holds.
// Pure: the server builds /api/search/documents with it and the kiosk builds its local index with
// it after each sync, so both sides index exactly the same text and facets.
import type { Level } from "../catalog/schema";
import type { SearchDoc } from "../search/types";
import type { SyncContent, SyncGuide, SyncItem, SyncRecord } from "./contract";

/** Names the documents carry as facets, looked up by slug. */
export interface SearchDocLookups {
  domainName: (slug: string) => string | undefined;
  departmentShortName: (slug: string) => string | undefined;
}

/** Body text is cut: the index needs the gist, and the kiosk stores every document. */
const BODY_CHARS = 600;

/** True once a record's `expiresOn` (YYYY-MM-DD) lies before `today` (YYYY-MM-DD, Asia/Shanghai). */
export function isExpired(expiresOn: string | null, today: string): boolean {
  return expiresOn !== null && expiresOn < today;
}

export function itemLevels(item: Pick<SyncItem, "channels">): Level[] {
  const levels: Level[] = [];
  if (item.channels.县级) levels.push("县级");
  if (item.channels.乡级) levels.push("乡级");
  return levels;
}

function itemFacets(item: SyncItem, lookups: SearchDocLookups) {
  return {
    domain: lookups.domainName(item.domainSlug) ?? "",
    department: lookups.departmentShortName(item.departmentSlug) ?? "",
    levels: itemLevels(item),
    category: item.category,
    mode: item.mode,
  };
}

export function itemSearchDoc(item: SyncItem, lookups: SearchDocLookups): SearchDoc {
  return {
    id: `item:${item.id}`,
    type: "item",
    href: `/items/${item.id}`,
    title: `${item.level1} · ${item.level2}`,
    body: item.content,
    extra: `${item.basis} ${item.publisher}`,
    ...itemFacets(item, lookups),
  };
}

/** A record is found with its item's facets (domain, unit, levels, 五公开, 公开方式). */
export function recordSearchDoc(record: SyncRecord, item: SyncItem, lookups: SearchDocLookups): SearchDoc {
  return {
    id: `record:${record.id}`,
    type: "record",
    href: `/records/${record.id}`,
    title: record.title,
    body: record.body.slice(0, BODY_CHARS),
    extra: [record.kind, record.docNo, record.publisher].filter(Boolean).join(" "),
    date: record.issuedOn,
    ...itemFacets(item, lookups),
  };
}

export function guideSearchDoc(guide: SyncGuide, lookups: SearchDocLookups): SearchDoc {
  const e = guide.elements;
  return {
    id: `guide:${guide.id}`,
    type: "guide",
    href: `/guides/${guide.id}`,
    title: guide.name,
    body: [e.audience, ...e.conditions, ...e.materials.map((m) => m.name)].join(" ").slice(0, BODY_CHARS),
    extra: [guide.implementer, ...e.basis].join(" "),
    domain: lookups.domainName(guide.domainSlug) ?? "",
    department: lookups.departmentShortName(guide.departmentSlug) ?? "",
    // A guide with township entries is handled at both levels.
    levels: guide.overrides.length > 0 ? ["县级", "乡级"] : ["县级"],
    category: "服务公开",
    mode: "主动公开",
  };
}

export function lookupsOf(content: Pick<SyncContent, "domains" | "departments">): SearchDocLookups {
  const domains = new Map(content.domains.map((d) => [d.slug, d.name]));
  const departments = new Map(content.departments.map((d) => [d.slug, d.shortName]));
  return { domainName: (slug) => domains.get(slug), departmentShortName: (slug) => departments.get(slug) };
}

/**
 * Every document of a full snapshot, in catalog order (each item followed by its records, then the
 * guides). With `today`, records that have expired are left out: residents must not find them.
 */
export function contentSearchDocs(content: Pick<SyncContent, "domains" | "departments" | "items" | "records" | "guides">, today?: string): SearchDoc[] {
  const lookups = lookupsOf(content);
  const recordsOf = new Map<string, SyncRecord[]>();
  for (const r of content.records) {
    if (today !== undefined && isExpired(r.expiresOn, today)) continue;
    const list = recordsOf.get(r.itemId) ?? [];
    list.push(r);
    recordsOf.set(r.itemId, list);
  }
  const docs: SearchDoc[] = [];
  for (const item of content.items) {
    docs.push(itemSearchDoc(item, lookups));
    for (const r of recordsOf.get(item.id) ?? []) docs.push(recordSearchDoc(r, item, lookups));
  }
  for (const guide of content.guides) docs.push(guideSearchDoc(guide, lookups));
  return docs;
}
