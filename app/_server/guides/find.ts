import "server-only";
import { getDb } from "@/prisma/db";
import { parseElements, type GuideDetail } from "./dto";
import { guideSummarySelect, toGuideSummary } from "./list";

const PUBLISHED = "published";

/** One published guide with its elements, township overrides and linked catalog items; null if none. */
export async function findGuide(id: string): Promise<GuideDetail | null> {
  const g = await getDb().serviceGuide.findFirst({
    where: { id, status: PUBLISHED },
    select: {
      ...guideSummarySelect,
      basicCode: true,
      implementationCode: true,
      legalLimit: true,
      updatedOn: true,
      elementsJson: true,
      overrides: {
        orderBy: { siteCode: "asc" },
        select: { siteCode: true, place: true, window: true, hours: true, phone: true, site: { select: { name: true } } },
      },
      items: {
        where: { item: { status: PUBLISHED } },
        orderBy: { itemId: "asc" },
        select: { item: { select: { id: true, level1: true, level2: true } } },
      },
    },
  });
  if (!g) return null;
  const { elementsJson, overrides, items, ...rest } = g;
  return {
    ...toGuideSummary(rest),
    elements: parseElements(g.id, elementsJson),
    overrides: overrides.map(({ site, ...o }) => ({ ...o, siteName: site.name })),
    items: items.map((link) => link.item),
  };
}
