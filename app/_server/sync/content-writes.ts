// Building blocks every content write shares: serialising writers, allocating the revision, and
// tombstones. Plain server module without `server-only`, like the writers that use it, so seeds,
// CLIs and tests can publish through the same code as the staff console will.
import type { Db } from "../../../prisma/db";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** What a content write can act on; the same words as ContentVersion/AuditLog `entityType`. */
export const CONTENT_ENTITY_TYPES = ["item", "record", "guide"] as const;
export type ContentEntityType = (typeof CONTENT_ENTITY_TYPES)[number];

export const ENTITY_LABELS: Record<ContentEntityType, string> = { item: "公开事项", record: "公开信息", guide: "办事指南" };

export const PUBLISHED = "published";
export const WITHDRAWN = "withdrawn";

/** Arbitrary, fixed key of the PostgreSQL advisory lock that orders content writes. */
const CONTENT_WRITE_LOCK = 4311241;

export function isPostgres(db: Db): boolean {
  // The generated clients carry their provider; Db is typed as the SQLite client, hence the cast.
  return (db as unknown as { _activeProvider?: string })._activeProvider === "postgresql";
}

/**
 * Waits for other content writers; call first in a content-writing transaction, before reading the
 * state the write depends on.
 *
 * Why: revisions are autoincrement ids. On PostgreSQL two concurrent writers could commit revisions
 * out of order (11 before 10); a kiosk syncing in between would store since=11 and never see the
 * rows of 10. A transaction-scoped advisory lock held from before the allocation until commit makes
 * revisions become visible in order. SQLite already serialises writers.
 */
export async function lockContentWrites(db: Db, tx: Tx): Promise<void> {
  if (isPostgres(db)) await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${CONTENT_WRITE_LOCK})`);
}

/** The next global content revision, recorded with who and why. */
export async function allocateRevision(tx: Tx, note: string, actor: string): Promise<number> {
  const { id } = await tx.contentRevision.create({ data: { note, createdBy: actor }, select: { id: true } });
  return id;
}

/** Marks entities as removed from kiosks at `revision` (a later withdrawal moves the revision on). */
export async function writeTombstones(tx: Tx, entityType: ContentEntityType, ids: readonly string[], revision: number): Promise<void> {
  if (ids.length === 0) return;
  await tx.tombstone.deleteMany({ where: { entityType, entityId: { in: [...ids] } } });
  await tx.tombstone.createMany({ data: ids.map((entityId) => ({ entityType, entityId, revision })) });
}

/** Republished entities are upserted on kiosks again; their tombstones must not remove them. */
export async function clearTombstones(tx: Tx, entityType: ContentEntityType, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await tx.tombstone.deleteMany({ where: { entityType, entityId: { in: [...ids] } } });
}

/** Workflow state of one content row; for a record also its item's. Null if there is no such row. */
export async function findContentState(
  tx: Tx,
  entityType: ContentEntityType,
  id: string,
): Promise<{ status: string; version: number; itemStatus?: string } | null> {
  const select = { status: true, version: true } as const;
  if (entityType === "item") return tx.disclosureItem.findUnique({ where: { id }, select });
  if (entityType === "guide") return tx.serviceGuide.findUnique({ where: { id }, select });
  const r = await tx.disclosureRecord.findUnique({ where: { id }, select: { ...select, item: { select: { status: true } } } });
  return r && { status: r.status, version: r.version, itemStatus: r.item.status };
}

/** Outcome of publishContentChange / withdrawContent: errors are values with a message for staff. */
export type ContentWriteResult =
  | { ok: true; revision: number; version: number }
  | { ok: false; error: "invalid_input" | "not_found" | "not_published" | "item_not_published"; message: string };
