/**
 * Deterministic synthetic corpora of any size, recombined from the seed catalog's own vocabulary
 * (titles, 公开内容, record bodies, township names, years), with the labelled needles of topics.ts
 * planted at fixed positions.
 */
import type { SearchDoc } from "../../app/_shared/search/types";
import { aboutTopic, TOPICS, type Topic } from "./topics";

const YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
const NEEDLES_PER_TOPIC = 4;

export interface SyntheticCorpus {
  docs: SearchDoc[];
  /** topic name → ids of its needles (the complete relevant set). */
  relevant: Map<string, string[]>;
}

interface Template {
  doc: SearchDoc;
  body: string[];
  extra: string[];
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[。；！？\n])|(?=●)/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function fullText(doc: Pick<SearchDoc, "title" | "body" | "extra" | "domain" | "department">): string {
  return `${doc.title}\n${doc.body}\n${doc.extra}\n${doc.domain}\n${doc.department}`;
}

/** Drops sentences that make a text match a topic, so only needles are about topics. */
function clean(parts: string[], context: string): string[] {
  let kept = parts;
  for (const topic of TOPICS) {
    if (!aboutTopic(`${context}\n${kept.join("")}`, topic)) continue;
    const words = topic.predicate.flat();
    kept = kept.filter((s) => !words.some((w) => s.includes(w)));
  }
  return kept;
}

function makeTemplates(seedDocs: readonly SearchDoc[]): Template[] {
  const out: Template[] = [];
  for (const doc of seedDocs) {
    const meta = `${doc.title}\n${doc.domain}\n${doc.department}`;
    if (TOPICS.some((t) => aboutTopic(meta, t))) continue;
    const body = clean(sentences(doc.body), meta);
    const extra = clean(sentences(doc.extra), `${meta}\n${body.join("")}`);
    out.push({ doc, body, extra });
  }
  return out;
}

function substitute(text: string, townships: readonly string[], township: string, year: number): string {
  let out = text.replace(/20\d\d(?=年)/g, String(year));
  for (const t of townships) if (out.includes(t)) out = out.split(t).join(township);
  return out;
}

function variantTitle(title: string, townships: readonly string[], v: number): string {
  const township = townships[v % townships.length] ?? "";
  const yearIndex = Math.floor(v / townships.length) % YEARS.length;
  const year = YEARS[yearIndex] ?? 2026;
  const batch = Math.floor(v / (townships.length * YEARS.length));
  let out = substitute(title, townships, township, year);
  if (v > 0 && out === title) {
    out = out.startsWith("道县") ? `道县${township}${out.slice(2)}` : `${township}${out}`;
    if (yearIndex > 0) out += `（${year}年）`;
  }
  if (batch > 0) out += `（第${batch + 1}批）`;
  return out;
}

function background(k: number, pool: Template[], townships: readonly string[]): SearchDoc {
  const t = pool[k % pool.length] as Template;
  const v = Math.floor(k / pool.length);
  const township = townships[(v + k) % townships.length] ?? "";
  const year = YEARS[(v * 7 + k) % YEARS.length] ?? 2026;
  const borrowed = pool[(k * 7 + 3) % pool.length]?.body ?? [];
  const rotate = t.body.length > 0 ? v % t.body.length : 0;
  const bodyParts = [...t.body.slice(rotate), ...t.body.slice(0, rotate)];
  const extraSentence = borrowed[v % Math.max(borrowed.length, 1)];
  const title = variantTitle(t.doc.title, townships, v);
  const base = { ...t.doc, title, extra: substitute(t.extra.join(""), townships, township, year) };
  let body = substitute(bodyParts.join(""), townships, township, year);
  if (extraSentence) {
    const withBorrowed = `${body}${substitute(extraSentence, townships, township, year)}`;
    if (!TOPICS.some((topic) => aboutTopic(fullText({ ...base, body: withBorrowed }), topic))) body = withBorrowed;
  }
  const id = `${t.doc.type}:syn-${k}`;
  return { ...base, id, href: `/${t.doc.type}s/syn-${k}`, body };
}

function needle(topic: Topic, topicIndex: number, n: number, pool: Template[], townships: readonly string[]): SearchDoc {
  const township = townships[(topicIndex * NEEDLES_PER_TOPIC + n) % townships.length] ?? "";
  const year = YEARS[(topicIndex + n) % YEARS.length] ?? 2026;
  const fill = (s: string): string => s.split("{T}").join(township).split("{Y}").join(String(year));
  const isBodyNeedle = n === NEEDLES_PER_TOPIC - 1;
  const title = fill(isBodyNeedle ? topic.bodyTitle : (topic.titles[n] ?? topic.titles[0]));
  const filler = pool[(topicIndex * 31 + n * 7) % pool.length]?.body.slice(0, 3) ?? [];
  const body = isBodyNeedle
    ? [filler[0] ?? "", fill(topic.bodySentence), ...filler.slice(1)].join("")
    : filler.join("");
  const type = title.includes("办事指南") ? "guide" : "record";
  const key = `needle-${topicIndex}-${n}`;
  return {
    id: `${type}:${key}`,
    type,
    href: `/${type}s/${key}`,
    title,
    body,
    extra: `道县${topic.department}`,
    domain: topic.domain,
    department: topic.department,
    levels: ["县级"],
    category: type === "guide" ? "服务公开" : "结果公开",
    mode: "主动公开",
    date: `${year}-06-30`,
  };
}

/** N documents: background recombined from `seedDocs`, plus 4 needles per topic spread over the ids. */
export function buildCorpus(seedDocs: readonly SearchDoc[], townships: readonly string[], size: number): SyntheticCorpus {
  const pool = makeTemplates(seedDocs);
  const needleCount = TOPICS.length * NEEDLES_PER_TOPIC;
  const needleAt = new Map<number, [number, number]>();
  for (let i = 0; i < needleCount; i++) {
    const pos = Math.floor(((i + 0.5) * size) / needleCount);
    needleAt.set(pos, [Math.floor(i / NEEDLES_PER_TOPIC), i % NEEDLES_PER_TOPIC]);
  }
  const docs: SearchDoc[] = [];
  const relevant = new Map<string, string[]>(TOPICS.map((t) => [t.name, []]));
  for (let k = 0; k < size; k++) {
    const planted = needleAt.get(k);
    const topic = planted ? TOPICS[planted[0]] : undefined;
    if (planted && topic) {
      const doc = needle(topic, planted[0], planted[1], pool, townships);
      docs.push(doc);
      relevant.get(topic.name)?.push(doc.id);
    } else {
      docs.push(background(k, pool, townships));
    }
  }
  return { docs, relevant };
}

/** Sanity check used by the bench: no background document is about a topic. */
export function strayTopicDocs(corpus: SyntheticCorpus): string[] {
  const needles = new Set([...corpus.relevant.values()].flat());
  const stray: string[] = [];
  for (const doc of corpus.docs) {
    if (needles.has(doc.id)) continue;
    const text = fullText(doc);
    for (const topic of TOPICS) if (aboutTopic(text, topic)) stray.push(`${doc.id}→${topic.name}`);
  }
  return stray;
}
