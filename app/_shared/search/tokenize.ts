/**
 * Text analysis shared by the index builder and the query planner. Pure functions, no DOM.
 *
 * Han text is indexed as overlapping character bigrams (deterministic: the same on every runtime),
 * optionally plus single characters and `Intl.Segmenter` words. Latin letters and digits are
 * lower-cased words. Everything is NFKC-normalized first so full-width ０-９/Ａ-Ｚ match ASCII.
 */

const RUN_RE = /\p{Script=Han}+|[a-z0-9]+/gu;
const HAN_RE = /\p{Script=Han}/u;

/** Function characters that would match almost every document as a single-character term. */
export const STOP_CHARS: ReadonlySet<string> = new Set("的了和与及或等之其并于以为对由将在是".split(""));

export interface TextRun {
  text: string;
  isHan: boolean;
}

export interface FieldAnalysis {
  /** Index single Han characters (only worth it for short fields: they make 1-character queries work). */
  unigrams: boolean;
  /** Add 2-character `Intl.Segmenter` words (extra weight for bigrams that are whole words). */
  words: boolean;
}

export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

export function hasHan(text: string): boolean {
  return HAN_RE.test(text);
}

/** Han runs and Latin/digit words of already-normalized text, in order. */
export function splitRuns(normalized: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const match of normalized.matchAll(RUN_RE)) {
    const text = match[0];
    runs.push({ text, isHan: HAN_RE.test(text) });
  }
  return runs;
}

export function bigramsOf(run: string): string[] {
  const chars = Array.from(run);
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i] ?? ""}${chars[i + 1] ?? ""}`);
  return out;
}

let segmenter: Intl.Segmenter | null | undefined;

function getSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    // Older runtimes without Intl.Segmenter fall back to bigrams alone, which stay correct.
    segmenter = typeof Intl.Segmenter === "function" ? new Intl.Segmenter("zh", { granularity: "word" }) : null;
  }
  return segmenter;
}

/** Word segments of a Han run (ICU dictionary segmentation; may differ slightly between runtimes). */
export function segmentWords(run: string): string[] {
  const seg = getSegmenter();
  if (!seg) return Array.from(run);
  const out: string[] = [];
  for (const part of seg.segment(run)) out.push(part.segment);
  return out;
}

/** Index tokens of one field value. Duplicates are kept: they are the term frequency. */
export function analyzeField(text: string, options: FieldAnalysis): string[] {
  const tokens: string[] = [];
  for (const run of splitRuns(normalizeText(text))) {
    if (!run.isHan) {
      tokens.push(run.text);
      continue;
    }
    if (options.unigrams) {
      for (const ch of run.text) if (!STOP_CHARS.has(ch)) tokens.push(ch);
    }
    for (const bigram of bigramsOf(run.text)) tokens.push(bigram);
    if (options.words) {
      // Queries search bigrams, so only 2-character words are ever looked up: as a second
      // occurrence of the bigram they rank a whole-word match (保障) above a bigram that
      // straddles two words (活保 in 生活|保障). Longer words would be index weight nobody queries.
      for (const word of segmentWords(run.text)) if (Array.from(word).length === 2) tokens.push(word);
    }
  }
  return tokens;
}

/**
 * Splits a Han query run into word chunks whose internal bigrams must all match. ICU breaks
 * abbreviations and unknown words into single characters (社|保|卡, 低|保|申|清), so consecutive
 * single characters are merged back into one chunk, and a lone character joins the preceding word
 * (居住|证 → 居住证). Bigrams across chunk borders are not required, which lets 公积金提取 find
 * "提取住房公积金" while each word still matches as a phrase.
 */
export function chunkQueryRun(run: string, useSegmenter: boolean): string[] {
  if (!useSegmenter || Array.from(run).length <= 2) return [run];
  const chunks: string[] = [];
  let singles = "";
  const flushSingles = (next: string | null): string | null => {
    if (!singles) return next;
    const pending = singles;
    singles = "";
    if (Array.from(pending).length > 1) {
      chunks.push(pending);
      return next;
    }
    const last = chunks.length - 1;
    if (last >= 0) {
      chunks[last] = `${chunks[last] ?? ""}${pending}`;
      return next;
    }
    return next === null ? pending : `${pending}${next}`;
  };
  for (const word of segmentWords(run)) {
    if (Array.from(word).length === 1) {
      singles += word;
      continue;
    }
    const merged = flushSingles(word);
    if (merged) chunks.push(merged);
  }
  const rest = flushSingles(null);
  if (rest) chunks.push(rest);
  return chunks;
}

/** Terms a Han chunk must match: its bigrams, or the character itself for a 1-character chunk. */
export function chunkTerms(chunk: string): string[] {
  const terms = bigramsOf(chunk);
  return terms.length > 0 ? Array.from(new Set(terms)) : [chunk];
}
