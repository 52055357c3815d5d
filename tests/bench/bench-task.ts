/**
 * One measurement in a fresh process (so heaps and JIT state do not leak between engines):
 * build → serialize → restore → per-keystroke latency → recall on the labelled queries.
 */
import { loadavg } from "node:os";
import { gzipSync } from "node:zlib";
import { buildCorpus, strayTopicDocs } from "./corpus";
import { createEngine, type EngineName } from "./engines";
import { loadSeedDocs, loadTownships } from "./seed-docs";
import { LABELLED_QUERIES } from "./topics";

export interface BenchTask {
  size: number | "seeded";
  engine: EngineName;
  passes: number;
  loads: number;
}

export interface QueryScore {
  query: string;
  kind: string;
  recall: number;
  rr: number;
}

export interface BenchResult {
  task: BenchTask;
  docs: number;
  source: string;
  buildMs: number;
  rawBytes: number;
  gzipBytes: number;
  loadMs: number;
  /** The first restore in the process (cold JIT), as a kiosk would see it once at start. */
  firstLoadMs: number;
  /** Median process CPU time of a restore (less sensitive to other load on the machine). */
  loadCpuMs: number;
  heapMB: number;
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** The same percentiles of process CPU time per query: less sensitive to other load on the machine. */
  cpuP50: number;
  cpuP95: number;
  cpuP99: number;
  slowest: [string, number][];
  scores: QueryScore[] | null;
  load1: number;
}

/** Resident queries; every prefix is one keystroke sample (低 → 低保 → 低保申 → 低保申请). */
export const TYPED_QUERIES = [
  "低保申请", "户口迁移", "社保卡补办", "养老金", "公租房", "义务教育入学", "耕地补贴", "失业金", "入学",
  "临时救助", "居民身份证", "dbsq", "hkqy", "shbx", "shebao", "dibao", "低保申清", "户口签移", "养老金领区",
];

export function keystrokes(queries: readonly string[]): string[] {
  return queries.flatMap((q) => {
    const chars = Array.from(q);
    return chars.map((_, i) => chars.slice(0, i + 1).join(""));
  });
}

const gc = (): void => {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
};

const percentile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const median = (xs: number[]): number => percentile([...xs].sort((a, b) => a - b), 0.5);

export async function runBenchTask(task: BenchTask): Promise<BenchResult> {
  const seeds = await loadSeedDocs();
  const corpus =
    task.size === "seeded"
      ? { docs: seeds.docs, relevant: null }
      : buildCorpus(seeds.docs, await loadTownships(), task.size);
  if (corpus.relevant) {
    const stray = strayTopicDocs({ docs: corpus.docs, relevant: corpus.relevant });
    if (stray.length > 0) throw new Error(`labelled set is not exact: ${stray.slice(0, 5).join(", ")}`);
  }
  const engine = createEngine(task.engine);
  const docCount = corpus.docs.length;
  gc();
  let t0 = performance.now();
  engine.build(corpus.docs);
  const buildMs = performance.now() - t0;
  let json: string | null = await engine.serialize();
  const rawBytes = Buffer.byteLength(json);
  const gzipBytes = gzipSync(json, { level: 6 }).length;
  const relevant = corpus.relevant;
  // From here on the process holds what a kiosk holds: the restored index (and, while loading, its JSON).
  corpus.docs.length = 0;
  engine.drop();
  gc();
  const base = process.memoryUsage().heapUsed;
  const loadTimes: number[] = [];
  const loadCpu: number[] = [];
  for (let i = 0; i < task.loads; i++) {
    // A kiosk restores once into a quiet heap: collect the previous copy first.
    engine.drop();
    gc();
    const cpu0 = process.cpuUsage();
    t0 = performance.now();
    await engine.load(json);
    loadTimes.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    loadCpu.push((cpu.user + cpu.system) / 1000);
  }
  gc();
  const heapMB = (process.memoryUsage().heapUsed - base) / 2 ** 20;
  json = null;
  gc();

  const typed = keystrokes(TYPED_QUERIES);
  for (const q of typed) engine.search(q, 10); // warm-up pass
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  const perQuery = new Map<string, number[]>();
  for (let pass = 0; pass < task.passes; pass++) {
    for (const q of typed) {
      const cpu0 = process.cpuUsage();
      t0 = performance.now();
      engine.search(q, 10);
      const dt = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      cpuSamples.push((cpu.user + cpu.system) / 1000);
      samples.push(dt);
      perQuery.set(q, [...(perQuery.get(q) ?? []), dt]);
    }
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const cpuSorted = [...cpuSamples].sort((a, b) => a - b);
  const slowest = [...perQuery]
    .map(([q, ts]) => [q, median(ts)] as [string, number])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5);

  let scores: QueryScore[] | null = null;
  if (relevant) {
    scores = LABELLED_QUERIES.map(({ query, topic, kind }) => {
      const wanted = new Set(relevant.get(topic) ?? []);
      const top = engine.search(query, 10);
      const found = top.filter((id) => wanted.has(id)).length;
      const first = top.findIndex((id) => wanted.has(id));
      return { query, kind, recall: wanted.size ? found / wanted.size : 0, rr: first >= 0 ? 1 / (first + 1) : 0 };
    });
  }
  return {
    task,
    docs: docCount,
    source: seeds.source,
    buildMs,
    rawBytes,
    gzipBytes,
    loadMs: median(loadTimes),
    firstLoadMs: loadTimes[0] ?? 0,
    loadCpuMs: median(loadCpu),
    heapMB,
    samples: samples.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted[sorted.length - 1] ?? 0,
    cpuP50: percentile(cpuSorted, 0.5),
    cpuP95: percentile(cpuSorted, 0.95),
    cpuP99: percentile(cpuSorted, 0.99),
    slowest,
    scores,
    load1: loadavg()[0] ?? 0,
  };
}
