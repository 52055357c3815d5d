/**
 * Index and ranking settings. TUNED_CONFIG is what the kiosk uses; BASELINE_CONFIG is the
 * straightforward setup (characters, bigrams and words in every field, no stop terms, every
 * bigram of the query required), kept so the benchmark can show that tuning did not cost recall.
 * Figures behind the tuned values: `npm run bench:search`.
 */
import type { FieldAnalysis } from "./tokenize";

export const INDEXED_FIELDS = ["title", "meta", "body", "extra"] as const;
export type IndexedField = (typeof INDEXED_FIELDS)[number];

export interface SearchConfig {
  /** BM25 weight per field: title first, then domain/department, body, and legal basis/publisher last. */
  boost: Record<IndexedField, number>;
  analysis: Record<IndexedField, FieldAnalysis>;
  /**
   * A term in more than stopDocRatio × documents (bounded by stopMinDocs/stopMaxDocs) is not
   * indexed outside titles. Such terms (道县, 公开, 申请 in a large catalog) select nearly
   * everything, dominate query time (MiniSearch visits every posting, ~1 µs each) and carry
   * almost no BM25 weight. Queries skip them while other words select documents; the title
   * phrase bonus still favours titles containing them. 0 disables.
   */
  stopDocRatio: number;
  /**
   * The same for titles, which keep terms too common in bodies: a query made only of such words
   * is answered from titles (by the title scan, see title-scan.ts).
   */
  titleStopDocRatio: number;
  /** Bounds of both thresholds: small catalogs keep every term; no term visits more than the max. */
  stopMinDocs: number;
  stopMaxDocs: number;
  /** Split Han queries into words with Intl.Segmenter and only require bigrams inside words. */
  chunkQueries: boolean;
  /** Require only the rarest half (at least 2) of a long word's or phrase's bigrams. */
  rarestBigramsOnly: boolean;
  /** When strict matching returns fewer hits than asked for, append partial (OR) matches. */
  fillWithPartial: boolean;
  /** Score factor for a title that contains the query (or its synonym form) verbatim. */
  titlePhraseBonus: number;
}

const BIGRAMS: FieldAnalysis = { unigrams: false, words: false };

export const TUNED_CONFIG: SearchConfig = {
  boost: { title: 6, meta: 2, body: 1, extra: 0.4 },
  // Bodies are long: characters there would match nearly everything, and 3+ character words are
  // never queried (queries search bigrams), so bodies index bigrams only.
  // Titles also index single characters (rare ones are cheap to look up; common ones are title
  // stop terms and go to the title scan, which stops early because they are common).
  analysis: { title: { unigrams: true, words: true }, meta: BIGRAMS, body: BIGRAMS, extra: BIGRAMS },
  stopDocRatio: 0.025,
  titleStopDocRatio: 0.02,
  stopMinDocs: 400,
  stopMaxDocs: 1500,
  chunkQueries: true,
  rarestBigramsOnly: true,
  fillWithPartial: false,
  titlePhraseBonus: 1,
};

const ALL: FieldAnalysis = { unigrams: true, words: true };

export const BASELINE_CONFIG: SearchConfig = {
  boost: { title: 6, meta: 2, body: 1, extra: 0.4 },
  analysis: { title: ALL, meta: ALL, body: ALL, extra: ALL },
  stopDocRatio: 0,
  titleStopDocRatio: 0,
  stopMinDocs: 0,
  stopMaxDocs: 0,
  chunkQueries: false,
  rarestBigramsOnly: false,
  fillWithPartial: false,
  titlePhraseBonus: 0,
};
