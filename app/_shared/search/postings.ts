/**
 * Posting lists in persisted form: one compact string per term, decoded into MiniSearch's
 * Map<fieldId, Map<shortId, frequency>> only when a query (or an update) first touches the term.
 * A kiosk query touches a handful of terms, so restoring the index costs little more than
 * JSON.parse of short strings, and the heap holds Maps only for terms that were searched.
 */
import type { Postings } from "./engine";

// 64 JSON-safe symbols; each carries 5 value bits plus a continuation bit (varint, low bits first).
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
const DECODE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

function pushVarint(out: string[], value: number): void {
  let v = value;
  while (v >= 32) {
    out.push(ALPHABET[32 + (v % 32)] ?? "");
    v = Math.floor(v / 32);
  }
  out.push(ALPHABET[v] ?? "");
}

/**
 * Groups of: fieldId, count, then per document zigzag(shortId delta) × 2 (+1 when a term
 * frequency other than 1 follows). `live` drops documents discarded but not yet vacuumed.
 */
export function encodePostings(fields: Postings, live: (shortId: number) => boolean): [encoded: string, count: number] {
  const out: string[] = [];
  let total = 0;
  for (const [fieldId, docs] of fields) {
    const group: string[] = [];
    let count = 0;
    let prev = 0;
    for (const [shortId, freq] of docs) {
      if (!live(shortId)) continue;
      const delta = shortId - prev;
      pushVarint(group, (delta >= 0 ? delta * 2 : -delta * 2 - 1) * 2 + (freq === 1 ? 0 : 1));
      if (freq !== 1) pushVarint(group, freq);
      prev = shortId;
      count++;
    }
    if (count === 0) continue;
    total += count;
    pushVarint(out, fieldId);
    pushVarint(out, count);
    out.push(group.join(""));
  }
  return [out.join(""), total];
}

export function decodePostings(encoded: string, into: (fieldId: number, docs: Map<number, number>) => void): void {
  let i = 0;
  const next = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const d = DECODE[encoded.charCodeAt(i++)] ?? -1;
      if (d < 0) throw new Error("Corrupt search index postings");
      if (d < 32) return value + d * scale;
      value += (d - 32) * scale;
      scale *= 32;
    }
  };
  while (i < encoded.length) {
    const fieldId = next();
    const count = next();
    const docs = new Map<number, number>();
    let prev = 0;
    for (let n = 0; n < count; n++) {
      const v = next();
      const z = Math.floor(v / 2);
      prev += z % 2 === 0 ? z / 2 : -(z + 1) / 2;
      docs.set(prev, v % 2 === 1 ? next() : 1);
    }
    into(fieldId, docs);
  }
}

/** A term's postings that decode themselves on first use; to MiniSearch it is an ordinary Map. */
export class LazyPostings extends Map<number, Map<number, number>> {
  private encoded: string | null;

  /** `cost` is the number of postings (documents × fields), known without decoding. */
  constructor(
    encoded: string,
    private readonly cost: number,
  ) {
    super();
    this.encoded = encoded;
  }

  /** Postings to visit when the term is searched: the query planner prefers cheap terms. */
  postingCount(): number {
    if (this.encoded !== null) return this.cost;
    let n = 0;
    for (const docs of super.values()) n += docs.size;
    return n;
  }

  private materialize(): void {
    const encoded = this.encoded;
    if (encoded === null) return;
    this.encoded = null;
    decodePostings(encoded, (fieldId, docs) => super.set(fieldId, docs));
  }

  override get(key: number): Map<number, number> | undefined {
    this.materialize();
    return super.get(key);
  }

  override set(key: number, value: Map<number, number>): this {
    this.materialize();
    return super.set(key, value);
  }

  override has(key: number): boolean {
    this.materialize();
    return super.has(key);
  }

  override delete(key: number): boolean {
    this.materialize();
    return super.delete(key);
  }

  override clear(): void {
    this.encoded = null;
    super.clear();
  }

  override get size(): number {
    this.materialize();
    return super.size;
  }

  override forEach(fn: (value: Map<number, number>, key: number, map: Map<number, Map<number, number>>) => void, thisArg?: unknown): void {
    this.materialize();
    super.forEach(fn, thisArg);
  }

  override entries(): MapIterator<[number, Map<number, number>]> {
    this.materialize();
    return super.entries();
  }

  override keys(): MapIterator<number> {
    this.materialize();
    return super.keys();
  }

  override values(): MapIterator<Map<number, number>> {
    this.materialize();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[number, Map<number, number>]> {
    return this.entries();
  }
}
