// Reads the offline pages need from the local store, in the same plain shapes the server's data
// functions give the kiosk components (so the offline pages reuse those components). Records past
// their `expiresOn` are left out of lists, as in search.
import type { DomainSummary, ItemDetail, ItemSummary, RecordDetail, RecordSummary } from "@/app/_server/catalog/dto";
import type { DomainPage } from "@/app/_server/catalog/domains";
import type { SyncItem, SyncRecord } from "@/app/_shared/sync/contract";
import { isExpired, itemLevels } from "@/app/_shared/sync/to-search-docs";
import { todayInChina } from "@/components/ui/date-text";
import type { KioskDb } from "./db";

const byIssuedDesc = (a: SyncRecord, b: SyncRecord) => b.issuedOn.localeCompare(a.issuedOn) || a.id.localeCompare(b.id);

function currentRecords(records: SyncRecord[], today = todayInChina()): SyncRecord[] {
  return records.filter((r) => !isExpired(r.expiresOn, today)).sort(byIssuedDesc);
}

function recordSummary({ id, kind, title, docNo, issuedOn, expiresOn }: SyncRecord): RecordSummary {
  return { id, kind, title, docNo, issuedOn, expiresOn };
}

/** The 26 domains in catalog order with their item counts. */
export async function readHomeDomains(db: KioskDb): Promise<DomainSummary[]> {
  const tx = db.transaction(["domains", "items"], "readonly");
  const domains = (await tx.objectStore("domains").getAll()).sort((a, b) => a.sortOrder - b.sortOrder);
  const counts = await Promise.all(domains.map((d) => tx.objectStore("items").index("domainSlug").count(d.slug)));
  await tx.done;
  return domains.map((d, i) => ({ slug: d.slug, name: d.name, itemCount: counts[i] ?? 0 }));
}

function itemSummary(item: SyncItem, records: SyncRecord[]): ItemSummary {
  const { id, level1, level2, category, mode } = item;
  return { id, level1, level2, category, mode, levels: itemLevels(item), recordCount: currentRecords(records).length };
}

export async function readDomainPage(db: KioskDb, slug: string): Promise<DomainPage | null> {
  const tx = db.transaction(["domains", "departments", "items", "records"], "readonly");
  const domain = await tx.objectStore("domains").get(slug);
  if (!domain) return null;
  const [departments, items] = await Promise.all([
    Promise.all(domain.departments.map((d) => tx.objectStore("departments").get(d.slug))),
    tx.objectStore("items").index("domainSlug").getAll(slug),
  ]);
  items.sort((a, b) => a.sortOrder - b.sortOrder || a.id.localeCompare(b.id));
  const records = await Promise.all(items.map((i) => tx.objectStore("records").index("itemId").getAll(i.id)));
  await tx.done;
  return {
    slug: domain.slug,
    name: domain.name,
    departments: departments.flatMap((d) => (d ? [{ slug: d.slug, name: d.name }] : [])),
    items: items.map((item, i) => itemSummary(item, records[i] ?? [])),
  };
}

export async function readItem(db: KioskDb, id: string): Promise<ItemDetail | null> {
  const tx = db.transaction(["items", "records", "guides", "domains", "departments", "sites"], "readonly");
  const item = await tx.objectStore("items").get(id);
  if (!item) return null;
  const [domain, department, site, records, guides] = await Promise.all([
    tx.objectStore("domains").get(item.domainSlug),
    tx.objectStore("departments").get(item.departmentSlug),
    item.siteCode ? tx.objectStore("sites").get(item.siteCode) : undefined,
    tx.objectStore("records").index("itemId").getAll(id),
    tx.objectStore("guides").index("itemIds").getAll(id),
  ]);
  await tx.done;
  const { domainSlug, departmentSlug, siteCode, sortOrder, revision, ...facts } = item;
  return {
    ...facts,
    levels: itemLevels(item),
    domain: { slug: domainSlug, name: domain?.name ?? "" },
    department: { slug: departmentSlug, name: department?.name ?? "", shortName: department?.shortName ?? "" },
    site: site ? { code: site.code, name: site.name } : null,
    records: currentRecords(records).map(recordSummary),
    guides: guides.sort((a, b) => a.sortOrder - b.sortOrder).map((g) => ({ id: g.id, name: g.name })),
  };
}

/** An expired record still opens (with its expiry notice, as online); it is only left out of lists. */
export async function readRecord(db: KioskDb, id: string): Promise<RecordDetail | null> {
  const tx = db.transaction(["records", "items", "domains"], "readonly");
  const record = await tx.objectStore("records").get(id);
  const item = record && (await tx.objectStore("items").get(record.itemId));
  const domain = item && (await tx.objectStore("domains").get(item.domainSlug));
  await tx.done;
  if (!record || !item) return null;
  const { itemId, revision, ...rest } = record;
  return {
    ...rest,
    item: { id: item.id, level1: item.level1, level2: item.level2, domain: { slug: item.domainSlug, name: domain?.name ?? "" } },
  };
}
