import "server-only";
import { LIFE_EVENTS } from "@/app/_shared/guides/schema";
import { getDb } from "@/prisma/db";
import { parseLifeEvents, type GuideSummary, type LifeEvent } from "./dto";

const PUBLISHED = "published";

export const guideSummarySelect = {
  id: true,
  name: true,
  kind: true,
  implementer: true,
  promisedLimit: true,
  visits: true,
  isOnline: true,
  isKioskSupported: true,
  lifeEvents: true,
  domain: { select: { slug: true, name: true } },
  department: { select: { slug: true, name: true, shortName: true } },
} as const;

export function toGuideSummary<T extends { id: string; lifeEvents: string }>(row: T): Omit<T, "lifeEvents"> & { lifeEvents: LifeEvent[] } {
  return { ...row, lifeEvents: parseLifeEvents(row.id, row.lifeEvents) };
}

export interface GuideFilter {
  lifeEvent?: LifeEvent;
  domainSlug?: string;
  departmentSlug?: string;
}

/**
 * Published guides in catalog order (domain, then the seed's order), optionally narrowed.
 * `lifeEvents` is a JSON array column: the filter matches the quoted value, which JSON.stringify
 * writes the same way on SQLite and PostgreSQL.
 */
export async function listGuides(filter: GuideFilter = {}): Promise<GuideSummary[]> {
  const rows = await getDb().serviceGuide.findMany({
    where: {
      status: PUBLISHED,
      ...(filter.lifeEvent && { lifeEvents: { contains: JSON.stringify(filter.lifeEvent) } }),
      ...(filter.domainSlug && { domainSlug: filter.domainSlug }),
      ...(filter.departmentSlug && { departmentSlug: filter.departmentSlug }),
    },
    orderBy: [{ domain: { sortOrder: "asc" } }, { sortOrder: "asc" }],
    select: guideSummarySelect,
  });
  return rows.map(toGuideSummary);
}

/** A heading and its guides, for the browse page. */
export interface GuideGroup {
  key: string;
  label: string;
  guides: GuideSummary[];
}

export type GuideBrowse = "event" | "domain" | "department";

/** Groups guides by life event (in LIFE_EVENTS order), domain or department (in catalog order). */
export function groupGuides(guides: readonly GuideSummary[], by: GuideBrowse): GuideGroup[] {
  if (by === "event") {
    return LIFE_EVENTS.map((event) => ({ key: event, label: event, guides: guides.filter((g) => g.lifeEvents.includes(event)) }));
  }
  const groups = new Map<string, GuideGroup>();
  for (const g of guides) {
    const { slug, name } = by === "domain" ? g.domain : g.department;
    const group = groups.get(slug) ?? { key: slug, label: name, guides: [] };
    group.guides.push(g);
    groups.set(slug, group);
  }
  return [...groups.values()];
}
