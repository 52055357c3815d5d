/**
 * Synonym lookups derived once from the SYNONYMS data: which phrases in a query run have
 * alternatives, and which short forms a title can be called by (for pinyin aliases).
 */
import { normalizeText } from "./tokenize";
import { SYNONYMS } from "./synonyms";

export interface SynonymSpan {
  start: number; // code-unit offsets in the run
  end: number;
  phrase: string;
  alternatives: string[]; // includes the phrase itself, first
}

interface SynonymTable {
  /** phrase → interchangeable phrases (the phrase itself first). */
  alternatives: Map<string, string[]>;
  /** first character → phrases starting with it, longest first. */
  byFirstChar: Map<string, string[]>;
  /** expansion → its short forms (abbreviations that are not substrings of it). */
  shortForms: Map<string, string[]>;
}

let table: SynonymTable | null = null;
let shortFormSet: Set<string> | null = null;

function addAll(map: Map<string, string[]>, key: string, values: readonly string[]): void {
  const list = map.get(key) ?? [];
  for (const v of values) if (v !== key && !list.includes(v)) list.push(v);
  map.set(key, list);
}

function getTable(): SynonymTable {
  if (table) return table;
  const alternatives = new Map<string, string[]>();
  const shortForms = new Map<string, string[]>();
  for (const [rawKey, rawExpansions] of Object.entries(SYNONYMS)) {
    const key = normalizeText(rawKey);
    const expansions = rawExpansions.map(normalizeText);
    addAll(alternatives, key, expansions);
    for (const exp of expansions) {
      // 入学 is part of 义务教育入学: searching it as an alternative would only broaden the query.
      if (exp.includes(key)) continue;
      addAll(alternatives, exp, [key]);
      addAll(shortForms, exp, [key]);
    }
  }
  const byFirstChar = new Map<string, string[]>();
  for (const [phrase, alts] of alternatives) {
    alts.unshift(phrase);
    const first = phrase[0] ?? "";
    const list = byFirstChar.get(first) ?? [];
    list.push(phrase);
    byFirstChar.set(first, list);
  }
  for (const list of byFirstChar.values()) list.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  table = { alternatives, byFirstChar, shortForms };
  shortFormSet = new Set(Object.keys(SYNONYMS).map(normalizeText));
  return table;
}

/** True for phrases that are SYNONYMS keys (what residents type), as opposed to official names. */
export function isShortForm(phrase: string): boolean {
  getTable();
  return shortFormSet?.has(phrase) ?? false;
}

/** Non-overlapping synonym phrases of a normalized run, longest match first, left to right. */
export function findSynonymSpans(run: string): SynonymSpan[] {
  const { alternatives, byFirstChar } = getTable();
  const spans: SynonymSpan[] = [];
  let i = 0;
  while (i < run.length) {
    const candidates = byFirstChar.get(run[i] ?? "") ?? [];
    const phrase = candidates.find((p) => run.startsWith(p, i));
    if (phrase) {
      spans.push({ start: i, end: i + phrase.length, phrase, alternatives: alternatives.get(phrase) ?? [phrase] });
      i += phrase.length;
    } else {
      i += 1;
    }
  }
  return spans;
}

/** `text` with each synonym phrase inside it replaced by each alternative (for highlighting alias hits). */
export function expansionsWithin(text: string): string[] {
  const normalized = normalizeText(text);
  return findSynonymSpans(normalized).flatMap((s) =>
    s.alternatives.map((alt) => `${normalized.slice(0, s.start)}${alt}${normalized.slice(s.end)}`),
  );
}

/**
 * Titles rewritten with short forms (最低生活保障申请 → 低保申请), at most `max`, so pinyin and
 * initials typed for the short form (dbsq, dibao) reach titles that only use the official name.
 */
export function aliasTitles(title: string, max = 3): string[] {
  const { shortForms } = getTable();
  const normalized = normalizeText(title);
  const out: string[] = [];
  for (const span of findSynonymSpans(normalized)) {
    for (const short of shortForms.get(span.phrase) ?? []) {
      if (out.length >= max) return out;
      out.push(`${normalized.slice(0, span.start)}${short}${normalized.slice(span.end)}`);
    }
  }
  return out;
}
