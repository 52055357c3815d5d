/**
 * Compact persistence of a KioskSearchIndex (built at build time or after a sync, stored in
 * IndexedDB or served as static JSON). Restoring does no text analysis and no pinyin: documents
 * are stored column by column (few, large JSON values parse fastest) and each term's postings are
 * one string that is decoded only when a query first needs it (see postings.ts).
 */
import MiniSearch, { type AsPlainObject } from "minisearch";
import { INDEXED_FIELDS, type SearchConfig } from "./config";
import { docHash, FacetDictionary } from "./documents";
import { createEngine, engineOptions, internalsOf, type Postings, type PreparedDoc } from "./engine";
import { KioskSearchIndex } from "./kiosk-index";
import { decodePostings, encodePostings, LazyPostings } from "./postings";
import type { SearchDoc } from "./types";

export const SEARCH_INDEX_FORMAT = "kiosk-search-index/3";

/** Columns are aligned: entry i of every per-document array describes the same document. */
export interface SerializedSearchIndex {
  format: typeof SEARCH_INDEX_FORMAT;
  config: SearchConfig;
  /** Terms not indexed outside titles, and not indexed in titles (see documents.ts). */
  stopTerms: string[];
  titleStopTerms: string[];
  facetValues: string[];
  ids: string[];
  /** MiniSearch's internal document numbers (postings refer to them). */
  shortIds: number[];
  titles: string[];
  /** Six facet codes per document (see documents.ts). */
  facetCodes: number[];
  pinyin: string[];
  hashes: string[];
  /** One length per indexed field per document. */
  fieldLengths: number[];
  nextId: number;
  avgFieldLength: number[];
  /** Engine terms (bucketed, see engine.ts), their encoded postings, and how many postings each holds. */
  terms: string[];
  postings: string[];
  postingCounts: number[];
}

const FACET_STRIDE = 6;
const FIELDS = INDEXED_FIELDS.length;

/** Term → postings, from internals when available, else from MiniSearch's own JSON. */
function* engineTerms(engine: MiniSearch<PreparedDoc>): Generator<[string, Postings]> {
  const internals = internalsOf(engine);
  if (internals) {
    yield* internals._index;
    return;
  }
  for (const [term, data] of engine.toJSON().index) {
    const fields: Postings = new Map();
    for (const [fieldId, docs] of Object.entries(data)) {
      fields.set(Number(fieldId), new Map(Object.entries(docs).map(([k, v]) => [Number(k), v] as const)));
    }
    yield [term, fields];
  }
}

export function serializeSearchIndex(index: KioskSearchIndex): SerializedSearchIndex {
  const internals = internalsOf(index.engine);
  const js = internals ? null : index.engine.toJSON();
  const shortIdOf = new Map<string, number>();
  const lengthsOf = new Map<number, number[]>();
  if (internals) {
    for (const [id, shortId] of internals._idToShortId) shortIdOf.set(id, shortId);
    for (const [shortId, lengths] of internals._fieldLength) lengthsOf.set(shortId, lengths);
  } else if (js) {
    for (const [shortId, id] of Object.entries(js.documentIds)) shortIdOf.set(String(id), Number(shortId));
    for (const [shortId, lengths] of Object.entries(js.fieldLength)) lengthsOf.set(Number(shortId), lengths);
  }
  const out: SerializedSearchIndex = {
    format: SEARCH_INDEX_FORMAT,
    config: index.config,
    stopTerms: [...index.stops.body],
    titleStopTerms: [...index.stops.title],
    facetValues: [...index.dict.values],
    ids: [],
    shortIds: [],
    titles: [],
    facetCodes: [],
    pinyin: [],
    hashes: [],
    fieldLengths: [],
    nextId: internals ? internals._nextId : (js?.nextId ?? 0),
    avgFieldLength: internals ? [...internals._avgFieldLength] : (js?.averageFieldLength ?? []),
    terms: [],
    postings: [],
    postingCounts: [],
  };
  for (const [id, meta] of index.meta) {
    const shortId = shortIdOf.get(id) ?? -1;
    out.ids.push(id);
    out.shortIds.push(shortId);
    out.titles.push(meta.title);
    for (let i = 0; i < FACET_STRIDE; i++) out.facetCodes.push(meta.codes[i] ?? -1);
    out.pinyin.push(meta.pinyin);
    out.hashes.push(meta.hash);
    const lengths = lengthsOf.get(shortId) ?? [];
    for (let f = 0; f < FIELDS; f++) out.fieldLengths.push(lengths[f] ?? 0);
  }
  const live = new Set(shortIdOf.values());
  for (const [term, fields] of engineTerms(index.engine)) {
    const [encoded, count] = encodePostings(fields, (s) => live.has(s));
    if (count === 0) continue;
    out.terms.push(term);
    out.postings.push(encoded);
    out.postingCounts.push(count);
  }
  return out;
}

function fieldLengthsAt(data: SerializedSearchIndex, row: number): number[] {
  return data.fieldLengths.slice(row * FIELDS, row * FIELDS + FIELDS);
}

/** MiniSearch's public loader, used only if its internals ever change shape (much slower). */
function restoreThroughPublicApi(data: SerializedSearchIndex): MiniSearch<PreparedDoc> {
  const js: AsPlainObject = {
    documentCount: data.ids.length,
    nextId: data.nextId,
    documentIds: Object.fromEntries(data.ids.map((id, row) => [data.shortIds[row] ?? -1, id])),
    fieldIds: Object.fromEntries(INDEXED_FIELDS.map((f, i) => [f, i])),
    fieldLength: Object.fromEntries(data.ids.map((_, row) => [data.shortIds[row] ?? -1, fieldLengthsAt(data, row)])),
    averageFieldLength: data.avgFieldLength,
    storedFields: {},
    dirtCount: 0,
    index: data.terms.map((term, i) => {
      const fields: Record<string, Record<string, number>> = {};
      decodePostings(data.postings[i] ?? "", (fieldId, docs) => {
        fields[fieldId] = Object.fromEntries(docs);
      });
      return [term, fields];
    }),
    serializationVersion: 2,
  };
  return MiniSearch.loadJS(js, engineOptions(data.config));
}

function restoreEngine(data: SerializedSearchIndex): MiniSearch<PreparedDoc> {
  const engine = createEngine(data.config);
  const internals = internalsOf(engine);
  if (!internals) return restoreThroughPublicApi(data);
  internals._documentCount = data.ids.length;
  internals._nextId = data.nextId;
  internals._avgFieldLength = [...data.avgFieldLength];
  internals._dirtCount = 0;
  data.ids.forEach((id, row) => {
    const shortId = data.shortIds[row] ?? -1;
    internals._documentIds.set(shortId, id);
    internals._idToShortId.set(id, shortId);
    internals._fieldLength.set(shortId, fieldLengthsAt(data, row));
  });
  data.terms.forEach((term, i) => {
    internals._index.set(term, new LazyPostings(data.postings[i] ?? "", data.postingCounts[i] ?? 0));
  });
  return engine;
}

/**
 * Restores a serialized index. With `docs`, the index is then reconciled with them: new documents
 * are added, changed ones (by content hash) re-indexed, and ones no longer present discarded.
 */
export function loadSearchIndex(json: SerializedSearchIndex | string, docs?: readonly SearchDoc[]): KioskSearchIndex {
  const data = typeof json === "string" ? (JSON.parse(json) as SerializedSearchIndex) : json;
  if (data.format !== SEARCH_INDEX_FORMAT) throw new Error(`Unsupported search index format: ${String(data.format)}`);
  const dict = new FacetDictionary(data.facetValues);
  const stops = { body: new Set(data.stopTerms), title: new Set(data.titleStopTerms) };
  const index = new KioskSearchIndex(restoreEngine(data), data.config, stops, dict);
  data.ids.forEach((id, row) => {
    index.setMeta(id, {
      title: data.titles[row] ?? "",
      codes: data.facetCodes.slice(row * FACET_STRIDE, row * FACET_STRIDE + FACET_STRIDE),
      pinyin: data.pinyin[row] ?? "",
      hash: data.hashes[row] ?? "",
    });
  });
  if (docs) {
    const wanted = new Set<string>();
    for (const doc of docs) {
      wanted.add(doc.id);
      const current = index.meta.get(doc.id);
      if (!current) index.add(doc);
      else if (current.hash !== docHash(doc)) index.replace(doc);
    }
    for (const id of [...index.meta.keys()]) if (!wanted.has(id)) index.discard(id);
  }
  return index;
}
