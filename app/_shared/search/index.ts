/**
 * Kiosk search: MiniSearch over Chinese bigrams + Intl.Segmenter query chunking, synonyms,
 * pinyin/initials, typo fallbacks and facets. Pure TypeScript for the browser and Node.
 */
export type { SearchDoc, SearchDocType, SearchFilters, SearchHit } from "./types";
export { KioskSearchIndex, createSearchIndex, type CreateOptions } from "./kiosk-index";
export { loadSearchIndex, serializeSearchIndex, SEARCH_INDEX_FORMAT, type SerializedSearchIndex } from "./persist";
export { highlight, type HighlightPart } from "./highlight";
export { countFacets, facetsOfDocs, FACET_FIELDS, type FacetCounts, type FacetField } from "./facets";
export type { DocFacets } from "./documents";
export { BASELINE_CONFIG, TUNED_CONFIG, INDEXED_FIELDS, type IndexedField, type SearchConfig } from "./config";
export { SYNONYMS } from "./synonyms";
export { analyzeField, bigramsOf, chunkQueryRun, normalizeText, segmentWords } from "./tokenize";
export { planQuery, type PlanNode, type QueryPlan } from "./plan";
export { pinyinEntries, type PinyinEntry } from "./pinyin";
