/** Facet counts for a result list (how many hits per domain, department, level, …). */
import type { DocFacets } from "./documents";
import type { SearchDoc, SearchHit } from "./types";

export const FACET_FIELDS = ["type", "domain", "department", "level", "category", "mode"] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

/** value → number of hits, per facet field. Values keep first-seen order (the hits' rank order). */
export type FacetCounts = Record<FacetField, Record<string, number>>;

function emptyCounts(): FacetCounts {
  return { type: {}, domain: {}, department: {}, level: {}, category: {}, mode: {} };
}

function bump(counts: Record<string, number>, value: string | undefined): void {
  if (value === undefined || value === "") return;
  counts[value] = (counts[value] ?? 0) + 1;
}

/** Counts facet values of `hits`, reading each hit's facets through `facetsOf` (unknown ids are skipped). */
export function countFacets(hits: readonly SearchHit[], facetsOf: (id: string) => DocFacets | undefined): FacetCounts {
  const counts = emptyCounts();
  for (const hit of hits) {
    const f = facetsOf(hit.id);
    if (!f) continue;
    bump(counts.type, f.type);
    bump(counts.domain, f.domain);
    bump(counts.department, f.department);
    for (const level of new Set(f.levels)) bump(counts.level, level);
    bump(counts.category, f.category);
    bump(counts.mode, f.mode);
  }
  return counts;
}

/** The same, from the documents themselves (for callers that hold SearchDocs rather than an index). */
export function facetsOfDocs(hits: readonly SearchHit[], docs: readonly SearchDoc[]): FacetCounts {
  const byId = new Map(docs.map((d) => [d.id, d] as const));
  return countFacets(hits, (id) => byId.get(id));
}
