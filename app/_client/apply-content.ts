// Applies one validated sync answer to the local store: content puts and deletes, the search
// documents, the updated search index and the new revision, all in ONE IndexedDB transaction, so
// a kiosk that loses power mid-sync keeps its previous, consistent copy.
import type { SyncContent } from "@/app/_shared/sync/contract";
import { todayInChina } from "@/components/ui/date-text";
import { CONTENT_STORES, type KioskDb, type SyncMeta } from "./db";
import { planDelta, planFull, type SearchPlan } from "./search-update";

export interface ApplyOutcome {
  revision: number;
  /** Rows upserted or removed (0 for an empty delta). */
  changes: number;
}

function changesIn(c: SyncContent): number {
  const upserts = c.domains.length + c.departments.length + c.sites.length + c.items.length + c.records.length + c.guides.length;
  return upserts + c.removed.items.length + c.removed.records.length + c.removed.guides.length;
}

export async function applyContent(db: KioskDb, content: SyncContent, now: Date): Promise<ApplyOutcome> {
  const at = now.toISOString();
  const meta: SyncMeta = { revision: content.revision, lastSyncAt: at, lastAttemptAt: at, lastError: null };
  const changes = changesIn(content);
  if (!content.full && changes === 0) {
    await db.put("meta", meta, "sync");
    return { revision: content.revision, changes };
  }
  // Everything slow (reading, indexing, serializing) happens before the write transaction opens:
  // an IndexedDB transaction commits by itself as soon as it waits on anything but its own requests.
  const today = todayInChina(now);
  const plan = content.full ? planFull(content, today) : await planDelta(db, content, today);
  await write(db, content, plan, meta);
  return { revision: content.revision, changes };
}

async function write(db: KioskDb, c: SyncContent, plan: SearchPlan, meta: SyncMeta): Promise<void> {
  const tx = db.transaction(CONTENT_STORES, "readwrite");
  const ops: Promise<unknown>[] = [];
  if (c.full) {
    for (const name of ["items", "records", "guides", "domains", "departments", "sites"] as const) ops.push(tx.objectStore(name).clear());
  }
  for (const d of c.domains) ops.push(tx.objectStore("domains").put(d));
  for (const d of c.departments) ops.push(tx.objectStore("departments").put(d));
  for (const site of c.sites) ops.push(tx.objectStore("sites").put(site));
  for (const item of c.items) ops.push(tx.objectStore("items").put(item));
  for (const record of c.records) ops.push(tx.objectStore("records").put(record));
  for (const guide of c.guides) ops.push(tx.objectStore("guides").put(guide));
  for (const id of c.removed.items) ops.push(tx.objectStore("items").delete(id));
  for (const id of [...c.removed.records, ...plan.orphanRecords]) ops.push(tx.objectStore("records").delete(id));
  for (const id of c.removed.guides) ops.push(tx.objectStore("guides").delete(id));
  ops.push(tx.objectStore("search").put(plan.indexJson, "index"));
  ops.push(tx.objectStore("search").put(plan.docsJson, "docs"));
  ops.push(tx.objectStore("meta").put(meta, "sync"));
  // A failed request aborts the transaction: tx.done rejects and nothing above is kept.
  await Promise.all([...ops, tx.done]);
}
