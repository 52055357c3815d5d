/**
 * The engines the bench compares, behind one interface: the kiosk module (tuned and baseline
 * configurations) and FlexSearch 0.8 `Document` with a character-bigram encoder, configured as the
 * study's `fx-bigram-lite` (title/meta: characters + bigrams; body/extra: bigrams; no synonyms,
 * no pinyin), as the speed yardstick.
 */
import { Document } from "flexsearch";
import {
  BASELINE_CONFIG,
  createSearchIndex,
  type KioskSearchIndex,
  loadSearchIndex,
  type SearchConfig,
  type SearchDoc,
  TUNED_CONFIG,
} from "../../app/_shared/search/index";

export interface BenchEngine {
  build(docs: readonly SearchDoc[]): void;
  serialize(): Promise<string>;
  /** Parses and restores; afterwards search() uses the restored index. */
  load(json: string): Promise<void>;
  search(query: string, limit: number): string[];
  drop(): void;
}

class KioskEngine implements BenchEngine {
  private index: KioskSearchIndex | null = null;
  constructor(private readonly config: SearchConfig) {}
  build(docs: readonly SearchDoc[]): void {
    this.index = createSearchIndex(docs, { config: this.config });
  }
  serialize(): Promise<string> {
    return Promise.resolve(JSON.stringify(this.index?.toJSON()));
  }
  load(json: string): Promise<void> {
    this.index = loadSearchIndex(json);
    return Promise.resolve();
  }
  search(query: string, limit: number): string[] {
    return (this.index?.search(query, undefined, limit) ?? []).map((h) => h.id);
  }
  drop(): void {
    this.index = null;
  }
}

const RUN_RE = /\p{Script=Han}+|[a-z0-9]+/gu;
const HAN_RE = /\p{Script=Han}/u;
let querying = false; // FlexSearch calls one encoder for both sides; queries use bigrams only

function bigramEncoder(withChars: boolean): (text: string) => string[] {
  return (text) => {
    const out: string[] = [];
    for (const match of text.normalize("NFKC").toLowerCase().matchAll(RUN_RE)) {
      const run = match[0];
      if (!HAN_RE.test(run)) {
        out.push(run);
        continue;
      }
      const chars = Array.from(run);
      if (querying && chars.length === 1) out.push(run);
      if (!querying && withChars) out.push(...chars);
      for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i] ?? ""}${chars[i + 1] ?? ""}`);
    }
    return out;
  };
}

const FX_FIELDS = ["title", "meta", "body", "extra"];

function newFlexDocument(): Document {
  const field = (name: string, withChars: boolean) => ({
    field: name,
    tokenize: "strict" as const,
    resolution: 9,
    encode: bigramEncoder(withChars),
  });
  return new Document({
    document: { id: "id", index: [field("title", true), field("meta", true), field("body", false), field("extra", false)] },
  });
}

/** Numeric ids inside FlexSearch (as the study's adapter): string ids would be repeated in every posting. */
class FlexEngine implements BenchEngine {
  private doc: Document | null = null;
  private ids: string[] = [];
  build(docs: readonly SearchDoc[]): void {
    const doc = newFlexDocument();
    this.ids = docs.map((d) => d.id);
    docs.forEach((d, i) => {
      doc.add({ id: i, title: d.title, meta: `${d.domain} ${d.department}`, body: d.body, extra: d.extra });
    });
    this.doc = doc;
  }
  async serialize(): Promise<string> {
    const parts: Record<string, string> = {};
    await this.doc?.export((key: string, data: string) => {
      parts[key] = data;
    });
    return JSON.stringify({ ids: this.ids, parts });
  }
  async load(json: string): Promise<void> {
    const doc = newFlexDocument();
    const data = JSON.parse(json) as { ids: string[]; parts: Record<string, string> };
    for (const [key, part] of Object.entries(data.parts)) await doc.import(key, part);
    this.ids = data.ids;
    this.doc = doc;
  }
  search(query: string, limit: number): string[] {
    if (!this.doc) return [];
    querying = true;
    try {
      const options = { index: FX_FIELDS, limit, merge: true as const };
      let hits = this.doc.search(query, options) as unknown as { id: number }[];
      if (hits.length === 0) hits = this.doc.search(query, { ...options, suggest: true }) as unknown as { id: number }[];
      return hits.slice(0, limit).map((h) => this.ids[Number(h.id)] ?? "");
    } finally {
      querying = false;
    }
  }
  drop(): void {
    this.doc = null;
  }
}

export const ENGINE_NAMES = ["minisearch-tuned", "minisearch-baseline", "flexsearch-bigram"] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** SEARCH_BENCH_CONFIG='{"stopDocRatio":0.02}' overrides tuned settings, for trying variants. */
function tunedConfig(): SearchConfig {
  const override = process.env.SEARCH_BENCH_CONFIG;
  return override ? { ...TUNED_CONFIG, ...(JSON.parse(override) as Partial<SearchConfig>) } : TUNED_CONFIG;
}

export function createEngine(name: EngineName): BenchEngine {
  if (name === "flexsearch-bigram") return new FlexEngine();
  return new KioskEngine(name === "minisearch-tuned" ? tunedConfig() : BASELINE_CONFIG);
}
