/**
 * Fits a query plan to the index it runs against: drops terms too common to be indexed, fails
 * (strict) or ignores (relaxed) terms no document has, and keeps only the rarest bigrams of long
 * words. The result is what MiniSearch executes; its cost is the number of postings visited.
 */
import type { PlanNode } from "./plan";

type TermNode = Extract<PlanNode, { kind: "term" }>;
type GroupNode = Extract<PlanNode, { kind: "and" | "or" }>;

/**
 * present: indexed everywhere. titleOnly: too common in bodies, indexed in titles only.
 * stop: too common everywhere, not indexed. absent: no document has it (a typo, usually).
 */
export type TermClass = "present" | "titleOnly" | "stop" | "absent";

export interface TermOracle {
  classify(node: TermNode): TermClass;
  /** Postings a search for the term visits. */
  cost(term: string): number;
  rarestOnly: boolean;
}

export const NEUTRAL = "neutral" as const; // constrains nothing (only stop terms)
export const NEVER = "never" as const; // cannot match (a term no document has)
export type Pruned = PlanNode | typeof NEUTRAL | typeof NEVER;

const titleOnly = (children: PlanNode[]): GroupNode => ({ kind: "and", children, titleOnly: true });

/** True for a pruned part that can only match in titles (it consists of title-only terms). */
export function inTitlesOnly(p: PlanNode): boolean {
  if (p.kind === "term") return false;
  return p.titleOnly === true || p.children.every(inTitlesOnly);
}

/** The terms of title-only parts, flattened (a unit's bigrams are merged into one title-only group). */
const titleTerms = (p: PlanNode): PlanNode[] => (p.kind === "and" && p.titleOnly && p.unit === undefined ? p.children : [p]);

export function prune(node: PlanNode, strict: boolean, oracle: TermOracle): Pruned {
  if (node.kind === "term") {
    const kind = oracle.classify(node);
    if (kind === "present") return node;
    if (kind === "titleOnly") return titleOnly([node]);
    return kind === "stop" || !strict ? NEUTRAL : NEVER;
  }
  const kept: PlanNode[] = [];
  const titleKept: PlanNode[] = [];
  for (const child of node.children) {
    const p = prune(child, strict, oracle);
    if (node.kind === "and") {
      if (p === NEVER) return NEVER;
      if (p === NEUTRAL) continue;
      if (inTitlesOnly(p)) titleKept.push(...titleTerms(p));
      else kept.push(p);
    } else {
      if (p === NEUTRAL) return NEUTRAL; // one alternative is unrestricted, so the whole OR is
      if (p !== NEVER) kept.push(p);
    }
  }
  if (node.kind === "or") {
    if (kept.length === 0) return NEVER;
    return kept.length === 1 ? (kept[0] as PlanNode) : { kind: "or", children: kept };
  }
  // Parts whose terms are too common for the body index would only match in titles; they are
  // required only when nothing else in the query can select documents (else a body-only match of
  // the rest would be lost: 残疾人补贴 must find "…为残疾人发放生活补贴…" although 补贴 is common).
  if (kept.length > 0) return group(node.unit === undefined ? kept : rarest(kept, oracle), node.unit, false);
  if (titleKept.length > 0) return group(node.unit === undefined ? titleKept : rarest(titleKept, oracle), node.unit, true);
  return NEUTRAL;
}

function group(children: PlanNode[], unit: string | undefined, inTitles: boolean): PlanNode {
  const only = children[0];
  if (children.length === 1 && only && (!inTitles || inTitlesOnly(only))) return only;
  const node: GroupNode = { kind: "and", children };
  if (unit !== undefined) node.unit = unit;
  if (inTitles) node.titleOnly = true;
  return node;
}

/**
 * A word's rarest bigrams identify it as well as all of them (低生 + 活保 + 最低 only co-occur in
 * 最低生活保障), and the cost is in the postings visited, so a long word or phrase requires only
 * its rarest half (at least 2); the word's weight is shared among the bigrams kept.
 */
function rarest(terms: PlanNode[], oracle: TermOracle): PlanNode[] {
  if (!oracle.rarestOnly || terms.length <= 2) return terms;
  const keep = Math.max(2, Math.ceil(terms.length / 2));
  const weight = terms.reduce((sum, t) => sum + (t.kind === "term" ? t.weight : 0), 0) / keep;
  const chosen = new Set(
    terms
      .map((t, i) => [t, t.kind === "term" ? oracle.cost(t.term) : Infinity, i] as const)
      .sort((a, b) => a[1] - b[1] || a[2] - b[2])
      .slice(0, keep)
      .map(([t]) => t),
  );
  return terms.filter((t) => chosen.has(t)).map((t) => (t.kind === "term" ? { ...t, weight } : t));
}

/**
 * The phrases a title must contain for a title-only query, per required part (any alternative of
 * a part will do): 低保申请 → [[低保, 最低生活保障], [申请]]. Null when a part is not a plain
 * phrase (an alternative made of several words), which then runs through MiniSearch.
 */
export function titlePhrasesOf(node: PlanNode): string[][] | null {
  const parts = node.kind === "and" && node.unit === undefined ? node.children : [node];
  const out: string[][] = [];
  for (const part of parts) {
    const alternatives = alternativesOf(part);
    if (!alternatives) return null;
    out.push(alternatives);
  }
  return out;
}

function alternativesOf(node: PlanNode): string[] | null {
  if (node.kind === "term") return [node.term];
  if (node.kind === "and") {
    if (node.unit !== undefined) return [node.unit];
    const only = node.children[0];
    return node.children.length === 1 && only ? alternativesOf(only) : null;
  }
  const out: string[] = [];
  for (const child of node.children) {
    const alternatives = alternativesOf(child);
    if (!alternatives) return null;
    out.push(...alternatives);
  }
  return out;
}
