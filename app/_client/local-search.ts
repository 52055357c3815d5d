// The search corpus from the local store: the persisted index (restored without re-analysis) and
// the documents to show for hits. Kept in memory per revision, so moving between pages does not
// reload it; expired records are left out of the documents, which drops them from every result.
import { createSearchIndex, loadSearchIndex, type KioskSearchIndex, type SerializedSearchIndex } from "@/app/_shared/search";
import type { SearchDoc } from "@/app/_shared/search/types";
import { isExpired } from "@/app/_shared/sync/to-search-docs";
import { todayInChina } from "@/components/ui/date-text";
import { openKioskDb, readSyncMeta, type StoredDoc } from "./db";

export interface SearchCorpus {
  docs: Map<string, SearchDoc>;
  index: KioskSearchIndex;
}

/** The load in progress or done, shared by every caller: a cold start must not read twice. */
let cached: { revision: number; today: string; corpus: Promise<SearchCorpus | null> } | null = null;

async function readCorpus(today: string): Promise<SearchCorpus | null> {
  const db = await openKioskDb();
  // Index and documents from one snapshot: a sync finishing meanwhile cannot mix revisions.
  const tx = db.transaction("search", "readonly");
  const [indexJson, docsJson] = await Promise.all([tx.store.get("index"), tx.store.get("docs")]);
  await tx.done;
  if (!indexJson || !docsJson) return null;
  const docs = new Map<string, SearchDoc>();
  for (const { expiresOn, ...doc } of JSON.parse(docsJson) as StoredDoc[]) if (!isExpired(expiresOn, today)) docs.set(doc.id, doc);
  return { docs, index: loadSearchIndex(JSON.parse(indexJson) as SerializedSearchIndex) };
}

/** The local corpus, or null on a kiosk that has never synced (search then asks the server). */
export async function loadLocalSearchCorpus(): Promise<SearchCorpus | null> {
  const revision = (await readSyncMeta(await openKioskDb())).revision;
  if (revision === 0) return null;
  const today = todayInChina();
  if (cached?.revision !== revision || cached.today !== today) {
    const corpus = readCorpus(today);
    cached = { revision, today, corpus };
    // A failed read is not kept: the next call tries again.
    corpus.catch(() => {
      if (cached?.corpus === corpus) cached = null;
    });
  }
  return cached.corpus;
}

/** A kiosk that has never synced asks the server for the documents and indexes them here. */
async function fetchServerCorpus(revision: number): Promise<SearchCorpus> {
  const r = await fetch(`/api/search/documents?rev=${revision}`);
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  const { docs } = (await r.json()) as { docs: SearchDoc[] };
  return { docs: new Map(docs.map((d) => [d.id, d])), index: createSearchIndex(docs) };
}

/** What search runs on: the local index when this kiosk has synced (offline too), else the server's documents. */
export async function loadCorpus(serverRevision: number): Promise<SearchCorpus> {
  const local = await loadLocalSearchCorpus().catch((err: unknown) => {
    console.error("local search index unreadable, using the server's documents", err);
    return null;
  });
  return local ?? fetchServerCorpus(serverRevision);
}
