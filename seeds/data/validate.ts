// Checks one or more domain seed files: `npx tsx seeds/data/validate.ts seeds/data/items/<slug>.ts ...`
import { itemInputSchema, recordInputSchema } from "../../app/_shared/catalog/schema";
import { departments, domains } from "./domains";
import { countyHall, townships } from "./sites";

const siteCodes = new Set<string>([countyHall.code, ...townships.map((t) => t[0])]);
const deptSlugs = new Set<string>(departments.map((d) => d.slug));

let failures = 0;
const fail = (msg: string) => {
  failures++;
  console.error("✗ " + msg);
};

for (const file of process.argv.slice(2)) {
  const mod = (await import(new URL(file, `file://${process.cwd()}/`).href)) as { items?: unknown[]; records?: unknown[] };
  const items = mod.items ?? [];
  const records = mod.records ?? [];
  const keys = new Set<string>();
  const pairs = new Set<string>();
  const levels = new Set<string>();
  for (const raw of items) {
    const r = itemInputSchema.safeParse(raw);
    if (!r.success) {
      fail(`${file}: item ${JSON.stringify((raw as { key?: string }).key)}: ${r.error.message}`);
      continue;
    }
    const it = r.data;
    if (keys.has(it.key)) fail(`duplicate key ${it.key}`);
    keys.add(it.key);
    if (!domains.some((d) => d.slug === it.domain)) fail(`${it.key}: unknown domain ${it.domain}`);
    if (!it.key.startsWith(it.domain + "-")) fail(`${it.key}: key must start with domain slug`);
    if (!deptSlugs.has(it.department)) fail(`${it.key}: unknown department ${it.department}`);
    if (it.site && !siteCodes.has(it.site)) fail(`${it.key}: unknown site ${it.site}`);
    const pair = it.level1 + "/" + it.level2 + "/" + (it.site ?? "");
    if (pairs.has(pair)) fail(`${it.key}: duplicate 一级/二级 ${pair}`);
    pairs.add(pair);
    Object.keys(it.channels).forEach((l) => levels.add(l));
  }
  const recKeys = new Set<string>();
  for (const raw of records) {
    const r = recordInputSchema.safeParse(raw);
    if (!r.success) {
      fail(`${file}: record ${JSON.stringify((raw as { key?: string }).key)}: ${r.error.message}`);
      continue;
    }
    if (!keys.has(r.data.item)) fail(`${r.data.key}: unknown item ${r.data.item}`);
    if (recKeys.has(r.data.key)) fail(`duplicate record key ${r.data.key}`);
    recKeys.add(r.data.key);
    const t = r.data.table;
    if (t) {
      t.rows.forEach((row, i) => row.length !== t.columns.length && fail(`${r.data.key}: row ${i} has ${row.length} cells, expected ${t.columns.length}`));
      const all = JSON.stringify(t.rows) + r.data.body;
      if (/\d{17}[\dXx]/.test(all)) fail(`${r.data.key}: unmasked 身份证号`);
      if (/(?<!\d)1[3-9]\d{9}(?!\d)/.test(all)) fail(`${r.data.key}: unmasked mobile number`);
    }
  }
  console.log(`${file}: ${items.length} items (levels: ${[...levels].join("、")}), ${records.length} records`);
}
if (failures) {
  console.error(`${failures} problem(s)`);
  process.exit(1);
}
