import "server-only";
import { SYNC_CONTRACT_VERSION, type SyncContent } from "@/app/_shared/sync/contract";
import type { Db } from "@/prisma/db";
import { isPostgres, PUBLISHED } from "./content-writes";
import { departmentSelect, domainSelect, guideSelect, itemSelect, recordSelect, siteSelect, toSyncDomain, toSyncGuide, toSyncItem, toSyncRecord } from "./dto";

/** The global content revision: the id of the latest publish. 0 for an empty store. */
export async function latestContentRevision(db: Db): Promise<number> {
  const latest = await db.contentRevision.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return latest?.id ?? 0;
}

export type SyncContentResult = { ok: true; content: SyncContent } | { ok: false; error: "since_ahead"; revision: number };

/**
 * Everything published that changed after `since`, plus what was withdrawn after it. `since = 0`
 * is the full snapshot. A `since` beyond the current revision means the kiosk synced against
 * another store (a reset or restored database): refused, so the kiosk starts again from 0 instead
 * of keeping content this store never had.
 */
export async function loadSyncContent(db: Db, since: number): Promise<SyncContentResult> {
  const changed = { revision: { gt: since } };
  const published = { status: PUBLISHED, ...changed };
  // One read transaction, so the revision and the rows come from the same snapshot: a publish that
  // commits meanwhile is either wholly in this answer (with its revision) or wholly in the next.
  // PostgreSQL needs REPEATABLE READ for that (its default gives each statement a new snapshot);
  // the client type is SQLite's, whose only level is Serializable, hence the cast.
  const options = isPostgres(db) ? { isolationLevel: "RepeatableRead" as unknown as "Serializable" } : undefined;
  const [latest, domains, departments, sites, items, records, guides, tombstones] = await db.$transaction(
    [
      db.contentRevision.findFirst({ orderBy: { id: "desc" }, select: { id: true } }),
      db.domain.findMany({ where: changed, orderBy: { sortOrder: "asc" }, select: domainSelect }),
      db.department.findMany({ where: changed, orderBy: { slug: "asc" }, select: departmentSelect }),
      db.site.findMany({ where: changed, orderBy: { code: "asc" }, select: siteSelect }),
      db.disclosureItem.findMany({
        where: published,
        orderBy: [{ domain: { sortOrder: "asc" } }, { sortOrder: "asc" }, { id: "asc" }],
        select: itemSelect,
      }),
      // A record shows only under a published item: withdrawing the item tombstones its records.
      db.disclosureRecord.findMany({
        where: { ...published, item: { status: PUBLISHED } },
        orderBy: [{ itemId: "asc" }, { issuedOn: "desc" }, { id: "asc" }],
        select: recordSelect,
      }),
      db.serviceGuide.findMany({
        where: published,
        orderBy: [{ domain: { sortOrder: "asc" } }, { sortOrder: "asc" }, { id: "asc" }],
        select: guideSelect,
      }),
      // A kiosk starting from 0 holds nothing to remove.
      db.tombstone.findMany({ where: changed, take: since === 0 ? 0 : undefined, orderBy: { entityId: "asc" }, select: { entityType: true, entityId: true } }),
    ],
    options,
  );
  const revision = latest?.id ?? 0;
  if (since > revision) return { ok: false, error: "since_ahead", revision };
  // An id is never both upserted and removed: content republished after its withdrawal by a path
  // that left the tombstone (e.g. a reseed) is published, so the upsert wins.
  const removedOf = (type: string, upserted: { id: string }[]) => {
    const live = new Set(upserted.map((r) => r.id));
    return tombstones.filter((t) => t.entityType === type && !live.has(t.entityId)).map((t) => t.entityId);
  };
  return {
    ok: true,
    content: {
      contract: SYNC_CONTRACT_VERSION,
      revision,
      since,
      full: since === 0,
      domains: domains.map(toSyncDomain),
      departments,
      sites,
      items: items.map(toSyncItem),
      records: records.map(toSyncRecord),
      guides: guides.map(toSyncGuide),
      removed: { items: removedOf("item", items), records: removedOf("record", records), guides: removedOf("guide", guides) },
    },
  };
}
