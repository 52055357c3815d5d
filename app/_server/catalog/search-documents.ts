import "server-only";
import type { SearchDoc } from "@/app/_shared/search/types";
import { contentSearchDocs } from "@/app/_shared/sync/to-search-docs";
import { todayInChina } from "@/components/ui/date-text";
import { getDb } from "@/prisma/db";
import { loadSyncContent } from "../sync/load-content";

/**
 * Every published item, record and guide as a flat search document for a kiosk that has not
 * synced yet. Built from the full sync snapshot with the mapper the kiosk uses on its local copy,
 * so online and offline search index the same text and hide the same expired records.
 */
export async function listSearchDocuments(): Promise<SearchDoc[]> {
  const result = await loadSyncContent(getDb(), 0);
  // since=0 is never ahead of the store; the branch only narrows the type.
  if (!result.ok) return [];
  return contentSearchDocs(result.content, todayInChina());
}
