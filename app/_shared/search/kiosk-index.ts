/**
 * The kiosk's search index: MiniSearch over analyzed fields, plus per-document facets, titles and
 * pinyin. plan.ts reads a query, prune.ts fits it to the index, query-run.ts executes it.
 */
import type MiniSearch from "minisearch";
import { type SearchConfig, TUNED_CONFIG } from "./config";
import {
  analyzeDoc,
  docMeta,
  type DocMeta,
  FacetDictionary,
  facetsOf,
  findStopTerms,
  makeFilter,
  prepareDoc,
  type StopLists,
  unpackPinyin,
} from "./documents";
import { createEngine, type Internals, internalsOf, postingCount, type PreparedDoc, toEngineTerm } from "./engine";
import { countFacets, type FacetCounts } from "./facets";
import { serializeSearchIndex, type SerializedSearchIndex } from "./persist";
import { PinyinHaystack } from "./pinyin";
import { type PlanNode, planQuery } from "./plan";
import type { TermClass } from "./prune";
import { QueryRun, type SearchContext } from "./query-run";
import { TitleScanner } from "./title-scan";
import { hasHan } from "./tokenize";
import type { SearchDoc, SearchFilters, SearchHit } from "./types";

export class KioskSearchIndex {
  readonly meta = new Map<string, DocMeta>();
  private readonly internals: Internals | null;
  private readonly context: SearchContext;

  constructor(
    readonly engine: MiniSearch<PreparedDoc>,
    readonly config: SearchConfig,
    readonly stops: StopLists,
    readonly dict: FacetDictionary = new FacetDictionary(),
  ) {
    const internals = internalsOf(engine);
    this.internals = internals;
    this.context = {
      engine,
      internals,
      config,
      meta: this.meta,
      titles: new TitleScanner(() => Array.from(this.meta, ([id, m]) => [id, m.title] as const)),
      haystack: new PinyinHaystack(() => Array.from(this.meta, ([id, m]) => [id, unpackPinyin(m.pinyin)] as const)),
      oracle: {
        classify: (node) => this.classify(node),
        cost: (term) => (internals ? postingCount(internals, term) : 0),
        rarestOnly: config.rarestBigramsOnly && internals !== null,
      },
    };
  }

  /** True when the fast MiniSearch internals path is active (a unit test guards against upgrades). */
  get usesFastPath(): boolean {
    return this.internals !== null;
  }

  get size(): number {
    return this.meta.size;
  }

  has(id: string): boolean {
    return this.meta.has(id);
  }

  add(doc: SearchDoc): void {
    this.engine.add(prepareDoc(doc.id, analyzeDoc(doc, this.config), this.stops));
    this.setMeta(doc.id, docMeta(doc, this.dict));
  }

  /** Registers a document's record without analysis (the loader restores the engine separately). */
  setMeta(id: string, meta: DocMeta): void {
    this.meta.set(id, meta);
    this.changed();
  }

  replace(doc: SearchDoc): void {
    if (this.meta.has(doc.id)) this.discard(doc.id);
    this.add(doc);
  }

  discard(id: string): void {
    if (!this.meta.has(id)) return;
    this.engine.discard(id);
    this.meta.delete(id);
    this.changed();
  }

  /**
   * Hits in rank order: strict matches, then pinyin/homophone matches, then partial matches.
   * The last Latin word is a prefix; Han text matches as substrings of words.
   */
  search(query: string, filters?: SearchFilters, limit = 20): SearchHit[] {
    const plan = planQuery(query, this.config.chunkQueries);
    return new QueryRun(this.context, plan, makeFilter(filters, this.dict), limit).execute();
  }

  /** Plain JSON-serializable form; restore with loadSearchIndex. */
  toJSON(): SerializedSearchIndex {
    return serializeSearchIndex(this);
  }

  /** How many of `hits` have each facet value (type, domain, department, level, category, mode). */
  facets(hits: readonly SearchHit[]): FacetCounts {
    return countFacets(hits, (id) => {
      const meta = this.meta.get(id);
      return meta && facetsOf(meta, this.dict);
    });
  }

  private changed(): void {
    this.context.titles.invalidate();
    this.context.haystack.invalidate();
  }

  private classify(node: PlanNode & { kind: "term" }): TermClass {
    const internals = this.internals;
    const indexed = (): boolean => node.prefix || !internals || internals._index.has(toEngineTerm(node.term));
    // Single characters are only indexed when the config asks for it; otherwise the title scan answers them.
    if (!this.config.analysis.title.unigrams && Array.from(node.term).length === 1 && hasHan(node.term)) return "stop";
    if (this.stops.body.has(node.term)) return !this.stops.title.has(node.term) && indexed() ? "titleOnly" : "stop";
    return indexed() ? "present" : "absent";
  }
}

export interface CreateOptions {
  /** Defaults to TUNED_CONFIG. */
  config?: SearchConfig;
}

/** Builds an index from documents (at build time in Node, or in the browser for a fresh catalog). */
export function createSearchIndex(docs: readonly SearchDoc[], options: CreateOptions = {}): KioskSearchIndex {
  const config = options.config ?? TUNED_CONFIG;
  const stops = findStopTerms(docs, config);
  const index = new KioskSearchIndex(createEngine(config), config, stops);
  for (const doc of docs) index.add(doc);
  return index;
}
