/**
 * From a SearchDoc to what the index keeps: analyzed field tokens for MiniSearch, and a small
 * record per document (normalized title, facet values, pinyin) for filters, ranking and pinyin.
 */
import { INDEXED_FIELDS, type IndexedField, type SearchConfig } from "./config";
import { TOKEN_SEP, toEngineTerm, type PreparedDoc } from "./engine";
import { pinyinEntries, type PinyinEntry } from "./pinyin";
import { analyzeField, normalizeText } from "./tokenize";
import type { SearchDoc, SearchDocType, SearchFilters } from "./types";

export interface DocFacets {
  type: SearchDocType;
  domain: string;
  department: string;
  levels: string[];
  category?: string;
  mode?: string;
}

/** Positions in DocMeta.codes. Levels are stored as one value ("县级|乡级"), split on decode. */
const TYPE = 0;
const DOMAIN = 1;
const DEPARTMENT = 2;
const CATEGORY = 3;
const MODE = 4;
const LEVELS = 5;
const LEVEL_SEP = "|";

/**
 * Facet strings interned once per index: each document keeps six small integers instead of six
 * strings and an array, which is most of what a restored 20k-document index allocates per document.
 */
export class FacetDictionary {
  readonly values: string[];
  private readonly index = new Map<string, number>();

  constructor(values: readonly string[] = []) {
    this.values = [...values];
    this.values.forEach((v, i) => this.index.set(v, i));
  }

  code(value: string | undefined): number {
    if (value === undefined) return -1;
    let at = this.index.get(value);
    if (at === undefined) {
      at = this.values.push(value) - 1;
      this.index.set(value, at);
    }
    return at;
  }

  value(code: number | undefined): string | undefined {
    return code === undefined || code < 0 ? undefined : this.values[code];
  }
}

export interface DocMeta {
  /** NFKC + lower-cased title: phrase bonus and title scan compare against it. */
  title: string;
  /** Facet value codes (see FacetDictionary), in the order type, domain, department, category, mode, levels. */
  codes: number[];
  /** Packed pinyin entries (see packPinyin). */
  pinyin: string;
  /** Content hash, so a restored index can tell which documents changed since it was built. */
  hash: string;
}

export function facetsOf(meta: DocMeta, dict: FacetDictionary): DocFacets {
  const facets: DocFacets = {
    type: (dict.value(meta.codes[TYPE]) ?? "item") as SearchDocType,
    domain: dict.value(meta.codes[DOMAIN]) ?? "",
    department: dict.value(meta.codes[DEPARTMENT]) ?? "",
    levels: (dict.value(meta.codes[LEVELS]) ?? "").split(LEVEL_SEP).filter((l) => l !== ""),
  };
  const category = dict.value(meta.codes[CATEGORY]);
  const mode = dict.value(meta.codes[MODE]);
  if (category !== undefined) facets.category = category;
  if (mode !== undefined) facets.mode = mode;
  return facets;
}

const ENTRY_SEP = "\u0003";
const TEXT_SEP = "\u0002";

export function packPinyin(entries: readonly PinyinEntry[]): string {
  return entries.map(([text, syllables]) => `${text}${TEXT_SEP}${syllables}`).join(ENTRY_SEP);
}

export function unpackPinyin(packed: string): PinyinEntry[] {
  if (packed === "") return [];
  return packed.split(ENTRY_SEP).map((entry) => {
    const at = entry.indexOf(TEXT_SEP);
    return [entry.slice(0, at), entry.slice(at + 1)];
  });
}

export function fieldTexts(doc: SearchDoc): Record<IndexedField, string> {
  return { title: doc.title, meta: `${doc.domain} ${doc.department}`, body: doc.body, extra: doc.extra };
}

export function analyzeDoc(doc: SearchDoc, config: SearchConfig): Record<IndexedField, string[]> {
  const texts = fieldTexts(doc);
  const out = {} as Record<IndexedField, string[]>;
  for (const field of INDEXED_FIELDS) out[field] = analyzeField(texts[field], config.analysis[field]);
  return out;
}

/** Terms left out of the index: `body` for every field except the title, `title` for the title. */
export interface StopLists {
  body: ReadonlySet<string>;
  title: ReadonlySet<string>;
}

/** Joined tokens without stop terms, in the form the engine's tokenizer splits again. */
export function prepareDoc(id: string, tokens: Record<IndexedField, string[]>, stops: StopLists): PreparedDoc {
  const prepared = { id } as PreparedDoc;
  for (const field of INDEXED_FIELDS) {
    const stop = field === "title" ? stops.title : stops.body;
    const kept: string[] = [];
    for (const t of tokens[field]) if (!stop.has(t)) kept.push(toEngineTerm(t));
    prepared[field] = kept.join(TOKEN_SEP);
  }
  return prepared;
}

export function docMeta(doc: SearchDoc, dict: FacetDictionary): DocMeta {
  const codes = [doc.type, doc.domain, doc.department, doc.category, doc.mode, doc.levels.join(LEVEL_SEP)].map((v) =>
    dict.code(v),
  );
  return { title: normalizeText(doc.title), codes, pinyin: packPinyin(pinyinEntries(doc.title)), hash: docHash(doc) };
}

/** FNV-1a over every indexed value: cheap, and collisions only cost a missed re-index. */
export function docHash(doc: SearchDoc): string {
  const text = [doc.type, doc.title, doc.body, doc.extra, doc.domain, doc.department, doc.levels.join(","), doc.category ?? "", doc.mode ?? ""].join("\u0000");
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * Terms in more documents than the thresholds. The body list counts whole documents (any field),
 * because a query that skips a term must skip it for every document alike; titles keep those
 * terms unless they are also common among titles, so a word made only of common bigrams
 * (社会保险 in a large catalog) can still be found in titles.
 */
export function findStopTerms(docs: readonly SearchDoc[], config: SearchConfig): StopLists {
  const body = new Set<string>();
  const title = new Set<string>();
  const limit = (ratio: number): number =>
    Math.min(config.stopMaxDocs, Math.max(config.stopMinDocs, Math.floor(ratio * docs.length)));
  const bodyLimit = limit(config.stopDocRatio);
  const titleLimit = limit(config.titleStopDocRatio);
  if (config.stopDocRatio <= 0 || docs.length <= Math.min(bodyLimit, titleLimit)) return { body, title };
  // Segmenter words are left out of the count: a 2-character word is also a bigram (counted), and
  // longer words are never that common. That keeps this pass free of ICU segmentation.
  const counting = { ...config, analysis: { ...config.analysis } };
  for (const field of INDEXED_FIELDS) counting.analysis[field] = { ...config.analysis[field], words: false };
  const df = new Map<string, number>();
  const titleDf = new Map<string, number>();
  for (const doc of docs) {
    const seen = new Set<string>();
    const tokens = analyzeDoc(doc, counting);
    for (const field of INDEXED_FIELDS) for (const t of tokens[field]) seen.add(t);
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
    for (const t of new Set(tokens.title)) titleDf.set(t, (titleDf.get(t) ?? 0) + 1);
  }
  for (const [t, n] of df) if (n > bodyLimit) body.add(t);
  for (const [t, n] of titleDf) if (n > titleLimit) title.add(t);
  return { body, title };
}

/**
 * Compiles filters into a check on facet codes: per field the set of codes that pass, computed
 * once per search from the (small) dictionary, so each candidate costs a few integer lookups.
 */
export function makeFilter(filters: SearchFilters | undefined, dict: FacetDictionary): ((codes: number[]) => boolean) | null {
  if (!filters) return null;
  const checks: [position: number, allowed: Set<number>][] = [];
  const oneOf = (position: number, wanted: readonly string[] | undefined, matches: (value: string) => boolean): void => {
    if (!wanted || wanted.length === 0) return;
    const allowed = new Set<number>();
    dict.values.forEach((value, code) => {
      if (matches(value)) allowed.add(code);
    });
    checks.push([position, allowed]);
  };
  const exact = (wanted: readonly string[] | undefined) => (value: string) => wanted?.includes(value) ?? false;
  oneOf(TYPE, filters.type, exact(filters.type));
  oneOf(DOMAIN, filters.domain, exact(filters.domain));
  oneOf(DEPARTMENT, filters.department, exact(filters.department));
  oneOf(CATEGORY, filters.category, exact(filters.category));
  oneOf(MODE, filters.mode, exact(filters.mode));
  oneOf(LEVELS, filters.level, (value) => value.split(LEVEL_SEP).some((l) => filters.level?.includes(l) ?? false));
  if (checks.length === 0) return null;
  return (codes) => checks.every(([position, allowed]) => allowed.has(codes[position] ?? -1));
}
