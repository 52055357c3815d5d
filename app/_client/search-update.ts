// Which search documents a sync answer changes, and the index after them. Reads what it needs from
// the local store first; the caller writes content, documents and index in one transaction.
import { createSearchIndex, loadSearchIndex, serializeSearchIndex, type KioskSearchIndex, type SerializedSearchIndex } from "@/app/_shared/search";
import type { SyncContent, SyncItem, SyncRecord } from "@/app/_shared/sync/contract";
import { contentSearchDocs, isExpired, itemSearchDoc, lookupsOf, recordSearchDoc, guideSearchDoc, type SearchDocLookups } from "@/app/_shared/sync/to-search-docs";
import type { KioskDb, StoredDoc } from "./db";

export interface SearchPlan {
  /** JSON of the serialized index and of every StoredDoc, as the "search" store keeps them. */
  indexJson: string;
  docsJson: string;
  /** Stored records of removed items (the server lists them too; this keeps the store tidy if not). */
  orphanRecords: string[];
}

/** The documents being changed by a delta, by id. */
type DocChanges = Map<string, StoredDoc>;

type Catalog = Pick<SyncContent, "domains" | "departments" | "items" | "records" | "guides">;

/** All documents of a complete catalog, expired records left out, and a fresh index over them. */
export function planFull(catalog: Catalog, today: string): SearchPlan {
  const expiry = new Map(catalog.records.map((r) => [`record:${r.id}`, r.expiresOn]));
  const docs = contentSearchDocs(catalog, today).map((d): StoredDoc => ({ ...d, expiresOn: expiry.get(d.id) ?? null }));
  return { indexJson: JSON.stringify(serializeSearchIndex(createSearchIndex(docs))), docsJson: JSON.stringify(docs), orphanRecords: [] };
}

function merge<T>(stored: T[], upserts: T[], keyOf: (row: T) => string, removed: readonly string[] = []): T[] {
  const rows = new Map(stored.map((r) => [keyOf(r), r]));
  for (const id of removed) rows.delete(id);
  for (const r of upserts) rows.set(keyOf(r), r);
  return [...rows.values()];
}

/**
 * A renamed domain or department changes the facets of many documents, and a missing index leaves
 * nothing to update: both rare, so the index is then rebuilt from the merged catalog.
 */
async function planRebuild(db: KioskDb, delta: SyncContent, today: string): Promise<SearchPlan> {
  const tx = db.transaction(["items", "records", "guides", "domains", "departments"], "readonly");
  const [items, records, guides, domains, departments] = await Promise.all([
    tx.objectStore("items").getAll(),
    tx.objectStore("records").getAll(),
    tx.objectStore("guides").getAll(),
    tx.objectStore("domains").getAll(),
    tx.objectStore("departments").getAll(),
  ]);
  await tx.done;
  const removedItems = new Set(delta.removed.items);
  return planFull(
    {
      domains: merge(domains, delta.domains, (d) => d.slug),
      departments: merge(departments, delta.departments, (d) => d.slug),
      items: merge(items, delta.items, (i) => i.id, delta.removed.items),
      records: merge(records, delta.records, (r) => r.id, delta.removed.records).filter((r) => !removedItems.has(r.itemId)),
      guides: merge(guides, delta.guides, (g) => g.id, delta.removed.guides),
    },
    today,
  );
}

/** Applies one document change to the index and to the stored documents. */
function put(index: KioskSearchIndex, docs: DocChanges, doc: StoredDoc): void {
  index.replace(doc);
  docs.set(doc.id, doc);
}

function drop(index: KioskSearchIndex, docs: DocChanges, id: string): void {
  index.discard(id);
  docs.delete(id);
}

/**
 * A delta changes only the documents it names, plus the records of changed items (a record is
 * indexed with its item's facets). The persisted index is updated in place: add/replace/discard.
 */
export async function planDelta(db: KioskDb, delta: SyncContent, today: string): Promise<SearchPlan> {
  const tx = db.transaction(["items", "records", "domains", "departments", "search"], "readonly");
  const records = tx.objectStore("records");
  const deltaItems = new Map(delta.items.map((i) => [i.id, i]));
  const deltaRecords = new Set(delta.records.map((r) => r.id));
  const removedRecords = new Set(delta.removed.records);
  const [domains, departments, indexJson, docsJson, siblings, orphans, parents] = await Promise.all([
    tx.objectStore("domains").getAll(),
    tx.objectStore("departments").getAll(),
    tx.objectStore("search").get("index"),
    tx.objectStore("search").get("docs"),
    Promise.all(delta.items.map((i) => records.index("itemId").getAll(i.id))),
    Promise.all(delta.removed.items.map((id) => records.index("itemId").getAllKeys(id))),
    Promise.all([...new Set(delta.records.map((r) => r.itemId))].filter((id) => !deltaItems.has(id)).map((id) => tx.objectStore("items").get(id))),
  ]);
  await tx.done;
  if (!indexJson || !docsJson || delta.domains.length > 0 || delta.departments.length > 0) return planRebuild(db, delta, today);

  const lookups: SearchDocLookups = lookupsOf({ domains, departments });
  const itemOf = new Map<string, SyncItem>(parents.flatMap((i) => (i ? [[i.id, i] as const] : [])));
  for (const [id, item] of deltaItems) itemOf.set(id, item);
  const removedItems = new Set(delta.removed.items);
  const orphanRecords = orphans.flat();
  const index = loadSearchIndex(JSON.parse(indexJson) as SerializedSearchIndex);
  const docs: DocChanges = new Map((JSON.parse(docsJson) as StoredDoc[]).map((d) => [d.id, d]));

  for (const item of delta.items) put(index, docs, { ...itemSearchDoc(item, lookups), expiresOn: null });
  const touched: SyncRecord[] = [...delta.records, ...siblings.flat().filter((r) => !deltaRecords.has(r.id) && !removedRecords.has(r.id))];
  for (const record of touched) {
    const item = itemOf.get(record.itemId);
    if (!item || removedItems.has(item.id) || isExpired(record.expiresOn, today)) drop(index, docs, `record:${record.id}`);
    else put(index, docs, { ...recordSearchDoc(record, item, lookups), expiresOn: record.expiresOn });
  }
  for (const guide of delta.guides) put(index, docs, { ...guideSearchDoc(guide, lookups), expiresOn: null });
  for (const id of delta.removed.items) drop(index, docs, `item:${id}`);
  for (const id of [...delta.removed.records, ...orphanRecords]) drop(index, docs, `record:${id}`);
  for (const id of delta.removed.guides) drop(index, docs, `guide:${id}`);
  return { indexJson: JSON.stringify(serializeSearchIndex(index)), docsJson: JSON.stringify([...docs.values()]), orphanRecords };
}
