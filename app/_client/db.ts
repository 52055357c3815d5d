// The kiosk's local store (IndexedDB through `idb`): the content it last synced, the search index
// built from it, and the kiosk's identity. Everything a resident sees offline is read from here.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { SearchDoc } from "@/app/_shared/search/types";
import type { SyncDepartment, SyncDomain, SyncGuide, SyncItem, SyncRecord, SyncSite } from "@/app/_shared/sync/contract";
import type { EnrolledKiosk } from "@/app/_shared/sync/kiosk";

export const KIOSK_DB_NAME = "daoxian-kiosk";
const VERSION = 1;

/** A search document as stored: records keep `expiresOn` so search hides them once they lapse. */
export type StoredDoc = SearchDoc & { expiresOn: string | null };

/** Where the local copy stands. `revision` 0 means the kiosk never synced. */
export interface SyncMeta {
  revision: number;
  /** ISO time of the last sync that reached the server and applied (or confirmed) its answer. */
  lastSyncAt: string | null;
  lastAttemptAt: string | null;
  /** Why the last attempt failed; cleared by the next success. Never personal data. */
  lastError: string | null;
}

/** The terminal's enrollment. A revoked or unknown token is dropped, the reason kept. */
export interface KioskIdentity {
  token: string | null;
  kiosk: EnrolledKiosk | null;
  status: "active" | "revoked" | "invalid";
  enrolledAt: string | null;
  lastHeartbeatAt: string | null;
}

export const EMPTY_META: SyncMeta = { revision: 0, lastSyncAt: null, lastAttemptAt: null, lastError: null };

export interface KioskSchema extends DBSchema {
  items: { key: string; value: SyncItem; indexes: { domainSlug: string } };
  records: { key: string; value: SyncRecord; indexes: { itemId: string } };
  guides: { key: string; value: SyncGuide; indexes: { itemIds: string } };
  domains: { key: string; value: SyncDomain };
  departments: { key: string; value: SyncDepartment };
  sites: { key: string; value: SyncSite };
  /**
   * Two rows, as JSON text: "index" (serializeSearchIndex output, so a restart does not rebuild
   * the index) and "docs" (StoredDoc[], what results show). One string reads and parses several
   * times faster than thousands of structured-clone values, which is most of a cold start.
   */
  search: { key: "index" | "docs"; value: string };
  /** One row, key "sync". */
  meta: { key: string; value: SyncMeta };
  /** One row, key "kiosk". */
  identity: { key: string; value: KioskIdentity };
}

export type KioskDb = IDBPDatabase<KioskSchema>;

/** The stores one sync rewrites, in one transaction. */
export const CONTENT_STORES = ["items", "records", "guides", "domains", "departments", "sites", "search", "meta"] as const;

const opened = new Map<string, Promise<KioskDb>>();

/** Opens (once per page or worker) the local store; tests pass their own name. */
export function openKioskDb(name: string = KIOSK_DB_NAME): Promise<KioskDb> {
  let db = opened.get(name);
  if (!db) {
    db = openDB<KioskSchema>(name, VERSION, {
      upgrade(database) {
        database.createObjectStore("items", { keyPath: "id" }).createIndex("domainSlug", "domainSlug");
        database.createObjectStore("records", { keyPath: "id" }).createIndex("itemId", "itemId");
        database.createObjectStore("guides", { keyPath: "id" }).createIndex("itemIds", "itemIds", { multiEntry: true });
        database.createObjectStore("domains", { keyPath: "slug" });
        database.createObjectStore("departments", { keyPath: "slug" });
        database.createObjectStore("sites", { keyPath: "code" });
        database.createObjectStore("search");
        database.createObjectStore("meta");
        database.createObjectStore("identity");
      },
    });
    opened.set(name, db);
  }
  return db;
}

/** Closes and forgets a store (tests delete their database afterwards). */
export async function closeKioskDb(name: string = KIOSK_DB_NAME): Promise<void> {
  const db = opened.get(name);
  opened.delete(name);
  if (db) (await db).close();
}

export async function readSyncMeta(db: KioskDb): Promise<SyncMeta> {
  return (await db.get("meta", "sync")) ?? EMPTY_META;
}

/** The search documents as stored (empty before the first sync). */
export async function readStoredDocs(db: KioskDb): Promise<StoredDoc[]> {
  const json = await db.get("search", "docs");
  return json ? (JSON.parse(json) as StoredDoc[]) : [];
}

export async function readIdentity(db: KioskDb): Promise<KioskIdentity | null> {
  return (await db.get("identity", "kiosk")) ?? null;
}
