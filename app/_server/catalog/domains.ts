import "server-only";
import { getDb } from "@/prisma/db";
import { levelsOf, type DomainSummary, type ItemSummary } from "./dto";

const PUBLISHED = "published";

export async function listDomains(): Promise<DomainSummary[]> {
  const rows = await getDb().domain.findMany({
    orderBy: { sortOrder: "asc" },
    select: { slug: true, name: true, _count: { select: { items: { where: { status: PUBLISHED } } } } },
  });
  return rows.map((d) => ({ slug: d.slug, name: d.name, itemCount: d._count.items }));
}

export interface DomainPage {
  slug: string;
  name: string;
  departments: { slug: string; name: string }[];
  items: ItemSummary[];
}

export async function findDomainPage(slug: string): Promise<DomainPage | null> {
  const d = await getDb().domain.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      departments: { orderBy: { isLead: "desc" }, select: { department: { select: { slug: true, name: true } } } },
      items: {
        where: { status: PUBLISHED },
        orderBy: { sortOrder: "asc" },
        select: {
          id: true,
          level1: true,
          level2: true,
          isCountyLevel: true,
          isTownshipLevel: true,
          category: true,
          mode: true,
          _count: { select: { records: { where: { status: PUBLISHED } } } },
        },
      },
    },
  });
  if (!d) return null;
  return {
    slug: d.slug,
    name: d.name,
    departments: d.departments.map((l) => l.department),
    items: d.items.map((i) => ({
      id: i.id,
      level1: i.level1,
      level2: i.level2,
      levels: levelsOf(i),
      category: i.category,
      mode: i.mode,
      recordCount: i._count.records,
    })),
  };
}
