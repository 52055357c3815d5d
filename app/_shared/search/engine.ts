/**
 * The MiniSearch instance and the few MiniSearch 7 internals the kiosk relies on.
 *
 * MiniSearch's public API lacks three things a 20k-document kiosk index needs: restoring postings
 * without re-parsing its object-per-posting JSON (seconds at 20k), asking whether a term exists
 * (to tell a typo from a common word), and top-k selection without materializing and sorting every
 * match. `internalsOf` checks the shapes at run time; if a MiniSearch upgrade changes them, search
 * falls back to the public API (slower, same results) and a unit test reports it.
 */
import MiniSearch, { type Options, type Query, type SearchOptions } from "minisearch";
import { INDEXED_FIELDS, type IndexedField, type SearchConfig } from "./config";
import type { PlanNode } from "./plan";
import { LazyPostings } from "./postings";

/** Tokens are computed by our analyzer and handed to MiniSearch joined with this separator. */
export const TOKEN_SEP = "\u0001";

export type PreparedDoc = { id: string } & Record<IndexedField, string>;

/*
 * MiniSearch's radix tree finds a child by scanning all children of a node. Chinese terms put
 * thousands of distinct first characters directly under the root, so every insert and lookup
 * scanned ~1,500–3,000 entries (6 µs a lookup, 120 ms to restore 19k terms of the 700-document
 * county). Terms starting with a CJK character are stored behind a one-character bucket derived
 * from that character, which keeps every node's fan-out near 64 and still keeps prefixes
 * together (a prefix has the same first character, hence the same bucket).
 */
const BUCKETS = 64;
const BUCKET_BASE = 0x100; // Latin Extended-A: never produced by the analyzer, which keeps [a-z0-9] only

export function toEngineTerm(term: string): string {
  const code = term.charCodeAt(0);
  return code >= 0x2e80 ? `${String.fromCharCode(BUCKET_BASE + (code % BUCKETS))}${term}` : term;
}

export function fromEngineTerm(key: string): string {
  const code = key.charCodeAt(0);
  return code >= BUCKET_BASE && code < BUCKET_BASE + BUCKETS ? key.slice(1) : key;
}

export type Postings = Map<number, Map<number, number>>; // fieldId → shortId → term frequency

export interface RawMatch {
  score: number;
  terms: string[]; // query terms that matched
  match: Record<string, string[]>; // document term → fields
}

interface TermTree {
  get(term: string): Postings | undefined;
  set(term: string, value: Postings): unknown;
  has(term: string): boolean;
  readonly size: number;
  [Symbol.iterator](): Iterator<[string, Postings]>;
}

export interface Internals {
  _index: TermTree;
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
  executeQuery(query: Query, options: SearchOptions): Map<number, RawMatch>;
}

export function engineOptions(config: SearchConfig): Options<PreparedDoc> {
  return {
    fields: [...INDEXED_FIELDS],
    storeFields: [],
    tokenize: (text) => (text === "" ? [] : text.split(TOKEN_SEP)),
    processTerm: (t) => t,
    // Vacuuming walks every term, which would decode every lazily restored posting list (see
    // postings.ts). Postings of discarded documents are instead dropped when a query meets them
    // and are never serialized; a re-sync replaces the index anyway.
    autoVacuum: false,
    searchOptions: {
      tokenize: (text) => [text],
      processTerm: (t) => t,
      boost: { ...config.boost },
      prefix: false,
      fuzzy: false,
    },
  };
}

export function createEngine(config: SearchConfig): MiniSearch<PreparedDoc> {
  return new MiniSearch<PreparedDoc>(engineOptions(config));
}

export function internalsOf(engine: MiniSearch<PreparedDoc>): Internals | null {
  const raw = engine as unknown as Partial<Record<keyof Internals, unknown>>;
  const index = raw._index as Partial<TermTree> | undefined;
  const ok =
    typeof index?.get === "function" &&
    typeof index.set === "function" &&
    typeof index.has === "function" &&
    raw._documentIds instanceof Map &&
    raw._idToShortId instanceof Map &&
    raw._fieldLength instanceof Map &&
    Array.isArray(raw._avgFieldLength) &&
    typeof raw._fieldIds === "object" &&
    typeof raw._documentCount === "number" &&
    typeof raw._nextId === "number" &&
    typeof raw.executeQuery === "function";
  return ok ? (engine as unknown as Internals) : null;
}

/** Postings a search for this (analyzed) term would visit; 0 when the index does not have it. */
export function postingCount(internals: Internals, term: string): number {
  const postings = internals._index.get(toEngineTerm(term));
  if (!postings) return 0;
  if (postings instanceof LazyPostings) return postings.postingCount();
  let n = 0;
  for (const docs of postings.values()) n += docs.size;
  return n;
}

/** PlanNode → MiniSearch query tree. Leaves are single pre-analyzed terms (search tokenize is identity). */
export function toMiniSearchQuery(node: PlanNode): Query {
  if (node.kind === "term") {
    const key = toEngineTerm(node.term);
    if (!node.prefix && node.weight === 1) return key;
    const weight = node.weight;
    return { combineWith: "OR", queries: [key], prefix: node.prefix, boostTerm: () => weight };
  }
  const query: Query = { combineWith: node.kind === "and" ? "AND" : "OR", queries: node.children.map(toMiniSearchQuery) };
  return node.titleOnly ? { ...query, fields: ["title"] } : query;
}

/**
 * Runs a query and calls `visit` per matching document. Scores are raw BM25 sums: MiniSearch's
 * search() would multiply them by the number of matched query terms, which the caller applies
 * only where it means something (partial matches).
 */
export function forEachMatch(
  engine: MiniSearch<PreparedDoc>,
  internals: Internals | null,
  node: PlanNode,
  visit: (id: string, match: RawMatch) => void,
): void {
  const query = toMiniSearchQuery(node);
  if (!internals) {
    for (const r of engine.search(query)) {
      visit(String(r.id), { score: r.score / (r.queryTerms.length || 1), terms: r.queryTerms, match: r.match });
    }
    return;
  }
  for (const [shortId, m] of internals.executeQuery(query, {})) {
    const id = internals._documentIds.get(shortId);
    // Discarded documents are dropped lazily by MiniSearch; skip any that remain.
    if (id === undefined) continue;
    visit(id, m);
  }
}
