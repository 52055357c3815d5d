/**
 * One search against a KioskSearchIndex: strict matching first, then pinyin, then (only when
 * nothing matched) typo and partial fallbacks. Results are collected in tiers (rank.ts).
 */
import type MiniSearch from "minisearch";
import type { SearchConfig } from "./config";
import { type DocMeta, unpackPinyin } from "./documents";
import { forEachMatch, fromEngineTerm, type Internals, type PreparedDoc, type RawMatch } from "./engine";
import { expansionsWithin } from "./expand";
import { matchedHan, type PinyinHaystack, type PinyinMatch, syllablesOf } from "./pinyin";
import { type PlanNode, planTerms, type QueryPlan } from "./plan";
import { inTitlesOnly, NEUTRAL, NEVER, prune, type Pruned, type TermOracle, titlePhrasesOf } from "./prune";
import { TIER_PARTIAL, TIER_PINYIN, TIER_STRICT, titlePhraseFactor, TopHits } from "./rank";
import type { TitleScanner } from "./title-scan";
import type { SearchHit } from "./types";

/** Shortest Latin-only query matched against pinyin: one letter would match most titles. */
const MIN_PINYIN_LETTERS = 2;

/** What a search needs from the index. */
export interface SearchContext {
  engine: MiniSearch<PreparedDoc>;
  internals: Internals | null;
  config: SearchConfig;
  meta: ReadonlyMap<string, DocMeta>;
  titles: TitleScanner;
  haystack: PinyinHaystack;
  oracle: TermOracle;
}

export class QueryRun {
  private readonly top: TopHits;
  private readonly units: Map<string, string>;

  constructor(
    private readonly ctx: SearchContext,
    private readonly plan: QueryPlan,
    private readonly allow: ((codes: number[]) => boolean) | null,
    private readonly limit: number,
  ) {
    this.top = new TopHits(limit);
    this.units = unitTexts(plan.root);
  }

  execute(): SearchHit[] {
    const { plan, limit } = this;
    if (!plan.root || limit <= 0) return [];
    const strict = this.prune(plan.root, true);
    let strictCount = 0;
    if (strict === NEUTRAL) strictCount = this.scanTitles(plan.runPhrases, TIER_STRICT);
    else if (strict !== NEVER) strictCount = this.run(strict, TIER_STRICT);
    if (plan.latin !== null && /[a-z]/.test(plan.latin)) this.pinyinWithFallback(plan.latin, strictCount);
    // Only a word no document contains suggests a typo worth a homophone search (低保申清).
    if (strict === NEVER && Array.from(plan.han).length >= 2) this.pinyin(syllablesOf(plan.han).join(""), true);
    if (strictCount === 0 || (this.ctx.config.fillWithPartial && strictCount < limit)) this.partial(strict !== NEVER);
    return this.top.hits();
  }

  private admits(id: string): DocMeta | undefined {
    const m = this.ctx.meta.get(id);
    return m && (!this.allow || this.allow(m.codes)) ? m : undefined;
  }

  private prune(node: PlanNode, strict: boolean): Pruned {
    return prune(node, strict, this.ctx.oracle);
  }

  /**
   * A query made only of words too common for the body index can only match in titles; the title
   * scan answers it with phrase precision and stops early, where MiniSearch would visit every
   * title posting of those common words.
   */
  private run(node: PlanNode, tier: number): number {
    const phrases = inTitlesOnly(node) ? titlePhrasesOf(node) : null;
    return phrases ? this.scanTitles(phrases, tier) : this.collect(node, tier);
  }

  private collect(node: PlanNode, tier: number): number {
    let count = 0;
    const { plan, top, units } = this;
    const bonus = this.ctx.config.titlePhraseBonus;
    forEachMatch(this.ctx.engine, this.ctx.internals, node, (id, m) => {
      if (tier !== TIER_STRICT && top.has(id)) return;
      const meta = this.admits(id);
      if (!meta) return;
      count++;
      // Partial matches rank by how many query terms they contain (MiniSearch's "quality").
      const quality = tier === TIER_PARTIAL ? m.terms.length : 1;
      const score = m.score * quality * titlePhraseFactor(meta.title, plan.titlePhrases, bonus);
      top.offer(id, tier, score, false, () => matchTerms(m, units));
    });
    return count;
  }

  private scanTitles(phrases: string[][], tier: number): number {
    const matched = (id: string) => () => {
      const title = this.ctx.meta.get(id)?.title ?? "";
      return phrases.flat().filter((p) => title.includes(p));
    };
    return this.ctx.titles.scan(
      phrases,
      (id) => this.admits(id) !== undefined && (tier === TIER_STRICT || !this.top.has(id)),
      (id, score) => this.top.offer(id, tier, score, false, matched(id)),
      this.limit,
    );
  }

  private pinyin(letters: string, fullOnly: boolean, tier = TIER_PINYIN): number {
    if (letters.length < MIN_PINYIN_LETTERS) return 0;
    const matches = this.ctx.haystack.scan(letters, fullOnly, (id) => this.admits(id) !== undefined, this.limit);
    for (const [id, match] of matches) {
      const meta = this.ctx.meta.get(id);
      if (meta) this.top.offer(id, tier, match.score, true, () => pinyinTerms(meta, match));
    }
    return matches.size;
  }

  /**
   * Pinyin covers titles only, so the letters of a service named in a body ("dbsq" for
   * 最低生活保障申请 in an item titled 最低生活保障 · 办事指南) can miss: then the letters typed
   * last are dropped until something matches (dbs → 低保审批…), like the partial fallback.
   */
  private pinyinWithFallback(letters: string, strictCount: number): void {
    if (this.pinyin(letters, false) > 0 || strictCount > 0) return;
    const shortest = Math.max(MIN_PINYIN_LETTERS, Math.ceil(letters.length / 2));
    for (let n = letters.length - 1; n >= shortest; n--) {
      if (this.pinyin(letters.slice(0, n), false, TIER_PARTIAL) > 0) return;
    }
  }

  /**
   * When the whole query matches nothing: ignore words no document has (typos), then drop words
   * from the end (the refinement typed last) while nothing matches, and finally accept documents
   * with any of the indexed terms. Partial hits rank below strict and pinyin ones.
   */
  private partial(strictRan: boolean): void {
    const root = this.plan.root;
    if (!root) return;
    let parts = root.kind === "and" && root.unit === undefined ? root.children : [root];
    // Without typos the relaxed query is the strict one, which already ran.
    if (strictRan) parts = parts.slice(0, -1);
    while (parts.length > 0) {
      const relaxed = this.prune({ kind: "and", children: parts }, false);
      if (relaxed !== NEUTRAL && relaxed !== NEVER && this.run(relaxed, TIER_PARTIAL) > 0) return;
      parts = parts.slice(0, -1);
    }
    const terms: PlanNode[] = [];
    for (const t of planTerms(root)) {
      const kind = t.kind === "term" ? this.ctx.oracle.classify(t) : "stop";
      if (kind === "present") terms.push(t);
      else if (kind === "titleOnly") terms.push({ kind: "and", children: [t], titleOnly: true });
    }
    if (terms.length > 0) this.collect({ kind: "or", children: terms }, TIER_PARTIAL);
  }
}

/** Term → the word or phrase it belongs to, so a hit highlights whole words, not the bigrams searched. */
function unitTexts(node: PlanNode | null, out = new Map<string, string>()): Map<string, string> {
  if (!node || node.kind === "term") return out;
  for (const child of node.children) {
    if (node.unit !== undefined && child.kind === "term" && !out.has(child.term)) out.set(child.term, node.unit);
    unitTexts(child, out);
  }
  return out;
}

function matchTerms(m: RawMatch, units: Map<string, string>): string[] {
  const terms = new Set<string>();
  for (const key of Object.keys(m.match)) {
    const term = fromEngineTerm(key);
    terms.add(units.get(term) ?? term);
    terms.add(term);
  }
  return [...terms];
}

function pinyinTerms(meta: DocMeta, match: PinyinMatch): string[] {
  const entry = unpackPinyin(meta.pinyin)[match.entry];
  const text = entry && entry[0] !== "" ? entry[0] : meta.title;
  const han = matchedHan(text, match);
  // An alias hit (低保申请 for 最低生活保障申请) is highlighted in the title's own wording.
  return han ? Array.from(new Set([han, ...expansionsWithin(han)])) : [];
}
