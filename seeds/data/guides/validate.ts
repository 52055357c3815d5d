// Checks guide seed files: `npx tsx seeds/data/guides/validate.ts seeds/data/guides/<file>.ts ...`
import { readdirSync } from "node:fs";
import path from "node:path";
import { guideInputSchema } from "../../../app/_shared/guides/schema";
import { departments, domains } from "../domains";
import { townships } from "../sites";

const itemsDir = path.join(path.dirname(new URL(import.meta.url).pathname), "..", "items");
const itemKeys = new Set<string>();
for (const f of readdirSync(itemsDir)) {
  const mod = (await import(path.join(itemsDir, f))) as { items: { key: string }[] };
  mod.items.forEach((i) => itemKeys.add(i.key));
}
const siteCodes = new Set<string>(townships.map((t) => t[0]));
let failures = 0;
const fail = (m: string) => (failures++, console.error("✗ " + m));
const seen = new Set<string>();
for (const file of process.argv.slice(2)) {
  const mod = (await import(new URL(file, `file://${process.cwd()}/`).href)) as { guides: unknown[] };
  for (const raw of mod.guides) {
    const r = guideInputSchema.safeParse(raw);
    if (!r.success) {
      fail(`${file}: ${JSON.stringify((raw as { key?: string }).key)}: ${r.error.message}`);
      continue;
    }
    const g = r.data;
    if (seen.has(g.key)) fail(`duplicate key ${g.key}`);
    seen.add(g.key);
    if (!domains.some((d) => d.slug === g.domain)) fail(`${g.key}: unknown domain ${g.domain}`);
    if (!departments.some((d) => d.slug === g.department)) fail(`${g.key}: unknown department ${g.department}`);
    g.items.forEach((i) => itemKeys.has(i) || fail(`${g.key}: unknown item ${i}`));
    g.townshipOverrides.forEach((o) => siteCodes.has(o.site) || fail(`${g.key}: unknown township ${o.site}`));
  }
  console.log(`${file}: ${mod.guides.length} guides`);
}
if (failures) process.exit(1);
