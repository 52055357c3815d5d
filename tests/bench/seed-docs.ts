/**
 * Bench-local adapter: the seed catalog (seeds/data/items/*.ts, written by the seed authors) as
 * SearchDocs. Falls back to the unit-test fixtures when no seed file can be loaded, so the bench
 * runs on any checkout.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ItemInput, RecordInput } from "../../app/_shared/catalog/schema";
import type { SearchDoc } from "../../app/_shared/search/types";
import { FIXTURE_DOCS } from "../unit/search/fixtures";

const ROOT = join(import.meta.dirname, "..", "..");

interface SeedModule {
  items?: ItemInput[];
  records?: RecordInput[];
}

interface Names {
  domain: Map<string, string>;
  department: Map<string, string>;
}

async function loadNames(): Promise<Names> {
  const mod = (await import(pathToFileURL(join(ROOT, "seeds/data/domains.ts")).href)) as {
    domains: { slug: string; name: string }[];
    departments: readonly { slug: string; shortName: string }[];
  };
  return {
    domain: new Map(mod.domains.map((d) => [d.slug, d.name])),
    department: new Map(mod.departments.map((d) => [d.slug, d.shortName])),
  };
}

function levelsOf(item: ItemInput): string[] {
  return (["县级", "乡级"] as const).filter((l) => item.channels[l] !== undefined);
}

function itemDoc(item: ItemInput, names: Names): SearchDoc {
  return {
    id: `item:${item.key}`,
    type: "item",
    href: `/items/${item.key}`,
    title: `${item.level1} · ${item.level2}`,
    body: item.content,
    extra: `${item.basis} ${item.publisher}`,
    domain: names.domain.get(item.domain) ?? item.domain,
    department: names.department.get(item.department) ?? item.department,
    levels: levelsOf(item),
    category: item.category,
    mode: item.mode,
  };
}

function recordDoc(record: RecordInput, item: SearchDoc): SearchDoc {
  const table = record.table ? ` ${record.table.columns.join(" ")}` : "";
  const doc: SearchDoc = {
    ...item,
    id: `record:${record.key}`,
    type: "record",
    href: `/records/${record.key}`,
    title: record.title,
    body: `${record.body}${table}`,
    extra: [record.docNo, record.publisher].filter(Boolean).join(" "),
    date: record.publishedAt,
  };
  return doc;
}

export interface SeedCorpus {
  docs: SearchDoc[];
  source: string;
}

/** Every loadable seed file; files that fail to import (being edited) are skipped and reported. */
export async function loadSeedDocs(): Promise<SeedCorpus> {
  const dir = join(ROOT, "seeds/data/items");
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".ts")).sort();
  } catch {
    return { docs: FIXTURE_DOCS, source: "unit-test fixtures (no seeds/data/items)" };
  }
  const names = await loadNames().catch(() => ({ domain: new Map(), department: new Map() }) as Names);
  const docs: SearchDoc[] = [];
  const failed: string[] = [];
  for (const file of files) {
    try {
      const mod = (await import(pathToFileURL(join(dir, file)).href)) as SeedModule;
      const items = new Map<string, SearchDoc>();
      for (const item of mod.items ?? []) {
        const doc = itemDoc(item, names);
        items.set(item.key, doc);
        docs.push(doc);
      }
      for (const record of mod.records ?? []) {
        const item = items.get(record.item);
        if (item) docs.push(recordDoc(record, item));
      }
    } catch (error) {
      failed.push(`${file} (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`);
    }
  }
  if (docs.length === 0) return { docs: FIXTURE_DOCS, source: "unit-test fixtures (no loadable seed files)" };
  const skipped = failed.length > 0 ? `; skipped ${failed.join(", ")}` : "";
  return { docs, source: `${files.length - failed.length} seed files${skipped}` };
}

const FALLBACK_TOWNSHIPS = ["濂溪街道", "西洲街道", "梅花镇", "寿雁镇", "仙子脚镇", "清塘镇", "祥霖铺镇", "白马渡镇"];

/** Township names from seeds/data/sites.ts, used to vary synthetic titles. */
export async function loadTownships(): Promise<string[]> {
  try {
    const mod = (await import(pathToFileURL(join(ROOT, "seeds/data/sites.ts")).href)) as {
      townships: readonly (readonly [string, string, string])[];
    };
    return mod.townships.map((t) => t[1]);
  } catch {
    return FALLBACK_TOWNSHIPS;
  }
}
