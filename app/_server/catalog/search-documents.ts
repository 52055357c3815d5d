import "server-only";
import type { SearchDoc } from "@/app/_shared/search/types";
import { getDb } from "@/prisma/db";
import { guideElementsSchema } from "@/app/_shared/guides/schema";
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
  docs.push(...(await listGuideDocuments()));
  return docs;
}

async function listGuideDocuments(): Promise<SearchDoc[]> {
  const guides = await getDb().serviceGuide.findMany({
    where: { status: PUBLISHED },
    orderBy: [{ domain: { sortOrder: "asc" } }, { sortOrder: "asc" }],
    select: {
      id: true,
      name: true,
      implementer: true,
      elementsJson: true,
      domain: { select: { name: true } },
      department: { select: { shortName: true } },
      _count: { select: { overrides: true } },
    },
  });
  return guides.map((g) => {
    const elements = guideElementsSchema.parse(JSON.parse(g.elementsJson));
    return {
      id: `guide:${g.id}`,
      type: "guide" as const,
      href: `/guides/${g.id}`,
      title: g.name,
      body: [elements.audience, ...elements.conditions, ...elements.materials.map((m) => m.name)].join(" ").slice(0, 600),
      extra: [g.implementer, ...elements.basis].join(" "),
      domain: g.domain.name,
      department: g.department.shortName,
      levels: g._count.overrides > 0 ? ["县级", "乡级"] : ["县级"],
      category: "服务公开",
      mode: "主动公开",
    };
  });
}
