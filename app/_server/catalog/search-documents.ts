import "server-only";
import type { SearchDoc } from "@/app/_shared/search/types";
import { getDb } from "@/prisma/db";
import { levelsOf } from "./dto";

const PUBLISHED = "published";

/** Every published item and record as a flat search document for the kiosk's in-browser index. */
export async function listSearchDocuments(): Promise<SearchDoc[]> {
  const db = getDb();
  const items = await db.disclosureItem.findMany({
    where: { status: PUBLISHED },
    orderBy: [{ domain: { sortOrder: "asc" } }, { sortOrder: "asc" }],
    select: {
      id: true,
      level1: true,
      level2: true,
      content: true,
      basis: true,
      publisher: true,
      isCountyLevel: true,
      isTownshipLevel: true,
      category: true,
      mode: true,
      domain: { select: { name: true } },
      department: { select: { shortName: true } },
      records: {
        where: { status: PUBLISHED },
        select: { id: true, title: true, body: true, docNo: true, publisher: true, issuedOn: true, kind: true },
      },
    },
  });
  const docs: SearchDoc[] = [];
  for (const i of items) {
    const shared = { domain: i.domain.name, department: i.department.shortName, levels: levelsOf(i), category: i.category, mode: i.mode };
    docs.push({
      id: `item:${i.id}`,
      type: "item",
      href: `/items/${i.id}`,
      title: `${i.level1} · ${i.level2}`,
      body: i.content,
      extra: `${i.basis} ${i.publisher}`,
      ...shared,
    });
    for (const r of i.records) {
      docs.push({
        id: `record:${r.id}`,
        type: "record",
        href: `/records/${r.id}`,
        title: r.title,
        body: r.body.slice(0, 600),
        extra: [r.kind, r.docNo, r.publisher].filter(Boolean).join(" "),
        date: r.issuedOn,
        ...shared,
      });
    }
  }
  return docs;
}
