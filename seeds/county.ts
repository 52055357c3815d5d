// The 道县 dataset: 26 domains, the annex's units, the county hall and 22 township sites, and the
// catalog items and records of every domain (one file per domain under seeds/data/items).
import { readdirSync } from "node:fs";
import path from "node:path";
import type { ItemInput, RecordInput } from "../app/_shared/catalog/schema";
import type { GuideInput } from "../app/_shared/guides/schema";
import type { CatalogData } from "./load-catalog";
import { departments, domains } from "./data/domains";
import { countyHall, townships } from "./data/sites";

const dataDir = path.join(path.dirname(new URL(import.meta.url).pathname), "data");
const itemsDir = path.join(dataDir, "items");
const guidesDir = path.join(dataDir, "guides");

export const sites = [
  countyHall,
  ...townships.map(([code, name, kind]) => ({ code, name, kind, address: `道县${name}便民服务中心` })),
];

export async function loadCountyDataset(): Promise<CatalogData> {
  const items: ItemInput[] = [];
  const records: RecordInput[] = [];
  for (const d of domains) {
    const file = path.join(itemsDir, `${d.slug}.ts`);
    if (!readdirSync(itemsDir).includes(`${d.slug}.ts`)) throw new Error(`领域数据文件缺失：${file}`);
    const mod = (await import(file)) as { items: ItemInput[]; records: RecordInput[] };
    items.push(...mod.items);
    records.push(...mod.records);
  }
  const guides: GuideInput[] = [];
  for (const file of readdirSync(guidesDir).filter((f) => /^part-\d+\.ts$/.test(f)).sort()) {
    guides.push(...((await import(path.join(guidesDir, file))) as { guides: GuideInput[] }).guides);
  }
  return { domains, departments, sites, items, records, guides };
}
