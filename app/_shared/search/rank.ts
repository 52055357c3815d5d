/**
 * Result collection: tiers first (strict text match, then pinyin/homophone, then partial match),
 * score within a tier, document id as the final tie-break so the order never depends on map
 * iteration order (a restored index returns exactly the same list).
 */
import type { SearchHit } from "./types";

export const TIER_STRICT = 0;
export const TIER_PINYIN = 1;
export const TIER_PARTIAL = 2;

interface Entry {
  id: string;
  tier: number;
  score: number;
  viaPinyin: boolean;
  terms: () => string[];
}

function better(a: Entry, b: Entry): boolean {
  if (a.tier !== b.tier) return a.tier < b.tier;
  if (a.score !== b.score) return a.score > b.score;
  return a.id < b.id;
}

/** Keeps the best `limit` entries; offers are O(limit) at worst and O(1) for the common reject. */
export class TopHits {
  private readonly entries: Entry[] = [];
  private readonly byId = new Map<string, Entry>();

  constructor(private readonly limit: number) {}

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get size(): number {
    return this.entries.length;
  }

  offer(id: string, tier: number, score: number, viaPinyin: boolean, terms: () => string[]): void {
    if (this.limit <= 0) return;
    const entry: Entry = { id, tier, score, viaPinyin, terms };
    const last = this.entries[this.entries.length - 1];
    if (this.entries.length >= this.limit && last && !better(entry, last)) return;
    const existing = this.byId.get(id);
    if (existing) {
      if (!better(entry, existing)) return;
      this.entries.splice(this.entries.indexOf(existing), 1);
    }
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const at = this.entries[mid];
      if (at && better(at, entry)) lo = mid + 1;
      else hi = mid;
    }
    this.entries.splice(lo, 0, entry);
    this.byId.set(id, entry);
    if (this.entries.length > this.limit) {
      const dropped = this.entries.pop();
      if (dropped) this.byId.delete(dropped.id);
    }
  }

  /** Hits in rank order. Scores are capped so they never increase down the list across tiers. */
  hits(): SearchHit[] {
    let cap = Number.POSITIVE_INFINITY;
    return this.entries.map((e) => {
      cap = Math.min(cap, e.score);
      return { id: e.id, score: cap, matchedTerms: e.terms(), viaPinyin: e.viaPinyin };
    });
  }
}

/** 1 + bonus × share of the query's Han runs that the title contains verbatim (or in synonym form). */
export function titlePhraseFactor(title: string, phrases: readonly string[][], bonus: number): number {
  if (bonus === 0 || phrases.length === 0) return 1;
  let found = 0;
  for (const alternatives of phrases) if (alternatives.some((p) => title.includes(p))) found++;
  return 1 + (bonus * found) / phrases.length;
}
