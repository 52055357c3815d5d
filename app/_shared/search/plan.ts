/**
 * Turns what a resident typed into a boolean tree of index terms, before the index is consulted.
 *
 * - Han runs: synonym phrases become (phrase OR alternatives); the rest is split into word chunks
 *   whose bigrams are ANDed (phrase-like precision inside a word, free order between words).
 * - Latin/digit words are terms; the last one is a prefix because the resident is still typing.
 *   Han text needs no prefix flag: bigram matching is already substring matching.
 */
import { findSynonymSpans, isShortForm } from "./expand";
import { chunkQueryRun, chunkTerms, normalizeText, splitRuns } from "./tokenize";
import { stripQuestionWords } from "./question-words";

/**
 * `weight` spreads one unit of score over the bigrams of a word or phrase, so a 6-character
 * official name does not outscore a 2-character word just by having more bigrams.
 */
export type PlanNode =
  | { kind: "term"; term: string; prefix: boolean; weight: number }
  | { kind: "and" | "or"; children: PlanNode[]; unit?: string; titleOnly?: boolean };

export interface QueryPlan {
  root: PlanNode | null;
  /** A title containing one of these verbatim earns the phrase bonus (per Han run). */
  titlePhrases: string[][];
  /** Han characters of the query, for the homophone (pinyin) fallback. */
  han: string;
  /** The query as letters only when it has no Han text (pinyin candidates), else null. */
  latin: string | null;
  /** Per run, the run and its synonym forms: for scanning titles when the index cannot answer. */
  runPhrases: string[][];
}

const term = (t: string, prefix = false, weight = 1): PlanNode => ({ kind: "term", term: t, prefix, weight });

/** Short forms (the SYNONYMS keys) count less than official names, so 低保 ranks 最低生活保障 titles first. */
export const SHORT_FORM_WEIGHT = 0.5;

/**
 * The bigrams of one word or phrase, marked with its text: the executor may require only the
 * rarest of them, and reports the whole text as matched for highlighting.
 */
function unitNode(chunk: string, weight: number): PlanNode | null {
  const terms = chunkTerms(chunk);
  const node = combine("and", terms.map((t) => term(t, false, weight / terms.length)));
  return node && node.kind === "and" ? { ...node, unit: chunk } : node;
}

function combine(kind: "and" | "or", children: PlanNode[]): PlanNode | null {
  const flat: PlanNode[] = [];
  const seen = new Set<string>();
  for (const child of children) {
    const parts = child.kind === kind && !(child.kind === "and" && child.unit !== undefined) ? child.children : [child];
    for (const part of parts) {
      const key = part.kind === "term" ? `${part.term}|${part.prefix}` : null;
      if (key !== null && seen.has(key)) continue;
      if (key !== null) seen.add(key);
      flat.push(part);
    }
  }
  if (flat.length === 0) return null;
  return flat.length === 1 ? (flat[0] ?? null) : { kind, children: flat };
}

/** An official phrase must match as written: all of its bigrams, per run. */
function phraseNode(text: string, weight: number): PlanNode | null {
  const parts = splitRuns(normalizeText(text)).map((run) =>
    run.isHan ? unitNode(run.text, weight) : term(run.text, false, weight),
  );
  return combine("and", parts.filter((p): p is PlanNode => p !== null));
}

function plainNode(text: string, chunk: boolean, weight = 1): PlanNode | null {
  const units = chunkQueryRun(text, chunk).map((c) => unitNode(c, weight));
  return combine("and", units.filter((u): u is PlanNode => u !== null));
}

function hanRunNode(run: string, chunk: boolean, phrases: string[]): PlanNode | null {
  const spans = findSynonymSpans(run);
  if (spans.length === 0) return plainNode(run, chunk);
  const children: PlanNode[] = [];
  let pos = 0;
  const addGap = (gap: string): void => {
    // A single character next to an abbreviation is usually the start of the next word being
    // typed (低保申): the expansion cannot require it, and the phrase bonus still rewards it.
    if (Array.from(gap).length < 2) return;
    const node = plainNode(gap, chunk);
    if (node) children.push(node);
  };
  for (const span of spans) {
    addGap(run.slice(pos, span.start));
    // An alternative that contains another (入学 → 义务教育入学) cannot add matches, only postings
    // to visit; the title phrase bonus still prefers titles that use it.
    const alts = span.alternatives.filter((a) => !span.alternatives.some((b) => b !== a && a.includes(b)));
    const hasOfficial = alts.some((a) => !isShortForm(a));
    // An official name as typed is read like any typed text (its words in any order: 义务教育
    // … 入学); abbreviations (种粮补贴 is not 种粮大户补贴) and the other forms must appear as written.
    const alternatives = alts
      .map((alt) => {
        const weight = hasOfficial && isShortForm(alt) ? SHORT_FORM_WEIGHT : 1;
        return alt === span.phrase && !isShortForm(alt) ? plainNode(alt, chunk, weight) : phraseNode(alt, weight);
      })
      .filter((n): n is PlanNode => n !== null);
    const node = combine("or", alternatives);
    if (node) children.push(node);
    for (const alt of span.alternatives) {
      if (alt !== span.phrase) phrases.push(`${run.slice(0, span.start)}${alt}${run.slice(span.end)}`);
    }
    pos = span.end;
  }
  addGap(run.slice(pos));
  return combine("and", children);
}

export function planQuery(query: string, chunk: boolean): QueryPlan {
  const runs = splitRuns(normalizeText(stripQuestionWords(query)));
  const parts: PlanNode[] = [];
  const titlePhrases: string[][] = [];
  const runPhrases: string[][] = [];
  runs.forEach((run, i) => {
    if (!run.isHan) {
      parts.push(term(run.text, i === runs.length - 1));
      runPhrases.push([run.text]);
      return;
    }
    const phrases = [run.text];
    const node = hanRunNode(run.text, chunk, phrases);
    if (node) parts.push(node);
    runPhrases.push(phrases);
    if (Array.from(run.text).length >= 2) titlePhrases.push(phrases);
  });
  const hasHan = runs.some((r) => r.isHan);
  return {
    root: combine("and", parts),
    titlePhrases,
    han: runs.filter((r) => r.isHan).map((r) => r.text).join(""),
    latin: hasHan || runs.length === 0 ? null : runs.map((r) => r.text).join(""),
    runPhrases,
  };
}

/** Every distinct term of a plan (for the partial-match fallback and for tests). */
export function planTerms(node: PlanNode | null, out: PlanNode[] = []): PlanNode[] {
  if (!node) return out;
  if (node.kind === "term") {
    if (!out.some((n) => n.kind === "term" && n.term === node.term && n.prefix === node.prefix)) out.push(node);
  } else {
    for (const child of node.children) planTerms(child, out);
  }
  return out;
}

