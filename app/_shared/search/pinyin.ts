/**
 * Pinyin for Latin-only queries (dbsq, hkqy, dibao, shebao) and for homophone typos (低保申清).
 *
 * pinyin-pro runs once per title when a document is indexed; what the index keeps is a short
 * syllable string per title variant, persisted with the index. Queries scan one concatenated
 * haystack with indexOf: for a county catalog this is faster and far smaller than pinyin terms
 * inside the inverted index (see the benchmark study, section 5).
 */
import { pinyin, polyphonic } from "pinyin-pro";
import { aliasTitles } from "./expand";

/** [text, syllables]: text is "" for the document's own title, else the alias it was computed from. */
export type PinyinEntry = [text: string, syllables: string];

const HAN_GLOBAL = /\p{Script=Han}/gu;
const SEP = "'";

function hanChars(text: string): string[] {
  return text.match(HAN_GLOBAL) ?? [];
}

function cleanSyllable(s: string | undefined): string {
  // A character pinyin-pro cannot read keeps its slot with a non-letter, so positions stay aligned.
  const letters = (s ?? "").toLowerCase().replace(/[^a-z]/g, "");
  return letters || "?";
}

/** Context-aware syllables (重庆 → chong qing) of the Han characters of `text`, one per character. */
export function syllablesOf(text: string): string[] {
  const chars = hanChars(text);
  if (chars.length === 0) return [];
  const raw = pinyin(chars.join(""), { toneType: "none", type: "array", v: true });
  return chars.map((_, i) => cleanSyllable(raw[i]));
}

function firstReadings(text: string): string[] | null {
  const chars = hanChars(text);
  const readings = polyphonic(chars.join(""), { toneType: "none", type: "array" });
  if (readings.length !== chars.length) return null;
  return readings.map((r) => cleanSyllable(r[0]?.replace("ü", "v")));
}

/** Pinyin variants of a title: its reading, a second polyphone reading, and its short-form aliases. */
export function pinyinEntries(title: string): PinyinEntry[] {
  const own = syllablesOf(title);
  if (own.length === 0) return [];
  const entries: PinyinEntry[] = [["", own.join(SEP)]];
  // Residents may type the common reading of a polyphone (行 xing) where the context says hang.
  const alt = firstReadings(title);
  if (alt && alt.join(SEP) !== own.join(SEP)) entries.push(["", alt.join(SEP)]);
  for (const alias of aliasTitles(title)) {
    const syl = syllablesOf(alias);
    if (syl.length > 0) entries.push([alias, syl.join(SEP)]);
  }
  return entries;
}

/** Which Han characters of an entry a pinyin match covered (start index, count). */
export interface PinyinMatch {
  score: number;
  entry: number;
  firstSyllable: number;
  syllableCount: number;
}

/**
 * Shortest queries matched anywhere in a title; shorter ones only match where a title (or an
 * alias) starts. Three letters of initials are already selective; three letters of full pinyin
 * ("she" = 社, 设, 申, 审, 生 …; "sheb") match many titles and cost a scan of everything.
 */
const MIN_INFIX_INITIALS = 3;
const MIN_INFIX_FULL = 5;

/** One concatenation of segments (a title's full pinyin, or its initials), scanned with indexOf. */
class Strip {
  text = "";
  starts: number[] = [];
  owners: number[] = [];
  entries: number[] = [];
  totals: number[] = [];
  /** Syllable starts (full pinyin only): a match must begin at one ("ao" must not hit "bao"). */
  boundary: Uint8Array | null = null;
  /** Segments by their first 2 and first 3 letters (prefix lookups of short queries). */
  byHead = new Map<string, number[]>();
  private parts: string[] = [];
  private length = 0;
  private marks: number[] = [];

  push(body: string, owner: number, entry: number, syllables: string[] | null): void {
    const seg = this.starts.push(this.length + 1) - 1;
    this.owners.push(owner);
    this.entries.push(entry);
    this.totals.push(syllables ? syllables.length : body.length);
    if (syllables) {
      let pos = this.length + 1;
      for (const x of syllables) {
        this.marks.push(pos);
        pos += x.length;
      }
    }
    for (const head of new Set([body.slice(0, 2), body.slice(0, 3)])) {
      const bucket = this.byHead.get(head);
      if (bucket) bucket.push(seg);
      else this.byHead.set(head, [seg]);
    }
    this.parts.push("\n", body);
    this.length += 1 + body.length;
  }

  finish(full: boolean): void {
    // Prefix lookups visit a bucket shortest title first, so they can stop once the list is full.
    for (const bucket of this.byHead.values()) {
      bucket.sort((a, b) => (this.totals[a] ?? 0) - (this.totals[b] ?? 0) || (this.entries[a] ?? 0) - (this.entries[b] ?? 0) || a - b);
    }
    this.text = this.parts.join("");
    this.parts = [];
    if (full) {
      this.boundary = new Uint8Array(this.text.length + 1);
      for (const m of this.marks) this.boundary[m] = 1;
    }
    this.marks = [];
  }

  /** Syllables (full) or letters (initials) in [from, from + length). */
  unitsIn(from: number, length: number): number {
    if (!this.boundary) return length;
    let n = 0;
    for (let i = from; i < from + length; i++) n += this.boundary[i] ?? 0;
    return n;
  }

  /**
   * Calls `hit(segment, firstUnit, units)` for matches; `hit` returns whether it accepted the
   * document (filters). Matches at a segment start come from the head table (shortest titles
   * first) and outrank any match inside a title; inside matches (infix queries only) come from an
   * indexOf scan, also shortest first. Each kind stops after `want` accepted matches, so common
   * letter sequences cost little and rare ones one pass over the text.
   */
  find(query: string, infix: boolean, want: number, hit: (seg: number, first: number, count: number) => boolean): void {
    let accepted = 0;
    for (const seg of this.byHead.get(query.slice(0, 3)) ?? []) {
      const start = this.starts[seg] ?? 0;
      if (!this.text.startsWith(query, start)) continue;
      if (hit(seg, 0, this.unitsIn(start, query.length)) && ++accepted >= want) break;
    }
    if (!infix) return;
    accepted = 0;
    let seg = 0;
    const count = this.starts.length;
    for (let at = this.text.indexOf(query); at >= 0; at = this.text.indexOf(query, at + 1)) {
      while (seg + 1 < count && (this.starts[seg + 1] ?? Infinity) <= at) seg++;
      const start = this.starts[seg] ?? 0;
      if (this.boundary && !this.boundary[at]) continue;
      // A start match was offered above; either way the segment is done.
      if (at !== start && hit(seg, this.unitsIn(start, at - start), this.unitsIn(at, query.length)) && ++accepted >= want) return;
      const next = this.starts[seg + 1];
      if (next === undefined) return;
      at = next - 2; // continue with the next segment
    }
  }
}

/** Pinyin of all documents, rebuilt lazily after changes. */
export class PinyinHaystack {
  private built = false;
  private ids: string[] = [];
  private full = new Strip();
  private initials = new Strip();

  constructor(private readonly source: () => Iterable<[id: string, entries: PinyinEntry[]]>) {}

  invalidate(): void {
    this.built = false;
  }

  private build(): void {
    this.ids = [];
    this.full = new Strip();
    this.initials = new Strip();
    const segments: [owner: number, entry: number, syllables: string[]][] = [];
    for (const [id, entries] of this.source()) {
      const owner = this.ids.push(id) - 1;
      entries.forEach(([, syllables], entry) => segments.push([owner, entry, syllables.split(SEP)]));
    }
    // Shortest titles first: scores fall along the text, so a scan can stop once the list is full.
    segments.sort((a, b) => a[2].length - b[2].length || a[1] - b[1] || a[0] - b[0]);
    for (const [owner, entry, list] of segments) {
      this.full.push(list.join(""), owner, entry, list);
      this.initials.push(list.map((x) => x[0] ?? "?").join(""), owner, entry, null);
    }
    this.full.finish(true);
    this.initials.finish(false);
    this.built = true;
  }

  /**
   * Best match per accepted document id. `fullOnly` (homophone fallback of Han queries) skips
   * initials; `want` bounds the prefix lookups of short queries.
   */
  scan(query: string, fullOnly: boolean, accept: (id: string) => boolean, want: number): Map<string, PinyinMatch> {
    if (!this.built) this.build();
    const best = new Map<string, PinyinMatch>();
    const collect = (strip: Strip, base: number) => (seg: number, first: number, count: number) => {
      const id = this.ids[strip.owners[seg] ?? 0] ?? "";
      if (!accept(id)) return false;
      const total = strip.totals[seg] ?? 1;
      const entry = strip.entries[seg] ?? 0;
      // Full pinyin beats initials; a match at the start of a title and a larger share of it rank higher.
      const score = base + (first === 0 ? 1 : 0) + count / total - entry * 0.01;
      const prev = best.get(id);
      if (!prev || score > prev.score) best.set(id, { score, entry, firstSyllable: first, syllableCount: count });
      return true;
    };
    // Every syllable has a vowel (but for rare interjections): "hkqy" can only be initials.
    const couldBeFull = query.length < MIN_INFIX_FULL || /[aeiouv]/.test(query);
    if (couldBeFull) this.full.find(query, query.length >= MIN_INFIX_FULL, want, collect(this.full, 3));
    // `want` full-pinyin matches at title starts (score ≥ 4) outrank every initials match (≤ 4).
    const fullStarts = [...best.values()].filter((m) => m.firstSyllable === 0).length;
    if (!fullOnly && fullStarts < want) {
      this.initials.find(query, query.length >= MIN_INFIX_INITIALS, want, collect(this.initials, 2));
    }
    return best;
  }
}

/** Han substrings of an entry covered by a match, for highlighting. */
export function matchedHan(entryText: string, match: PinyinMatch): string {
  return hanChars(entryText).slice(match.firstSyllable, match.firstSyllable + match.syllableCount).join("");
}
