// Service guides from the local store, in the shapes the kiosk's guide components take.
import type { GuideDetail, GuideSummary } from "@/app/_server/guides/dto";
import type { GuideBrowse, GuideGroup } from "@/app/_server/guides/list";
import { LIFE_EVENTS } from "@/app/_shared/guides/schema";
import type { SyncDepartment, SyncDomain, SyncGuide } from "@/app/_shared/sync/contract";
import type { KioskDb } from "./db";

function summaryOf(g: SyncGuide, domain: SyncDomain | undefined, department: SyncDepartment | undefined): GuideSummary {
  return {
    id: g.id,
    name: g.name,
    kind: g.kind,
    implementer: g.implementer,
    promisedLimit: g.promisedLimit,
    visits: g.visits,
    isOnline: g.isOnline,
    isKioskSupported: g.isKioskSupported,
    lifeEvents: g.lifeEvents,
    domain: { slug: g.domainSlug, name: domain?.name ?? "" },
    department: { slug: g.departmentSlug, name: department?.name ?? "", shortName: department?.shortName ?? "" },
  };
}

/** Every guide in catalog order (domain, then the guide's own order), as the browse page lists them. */
export async function readGuides(db: KioskDb): Promise<GuideSummary[]> {
  const tx = db.transaction(["guides", "domains", "departments"], "readonly");
  const [guides, domains, departments] = await Promise.all([
    tx.objectStore("guides").getAll(),
    tx.objectStore("domains").getAll(),
    tx.objectStore("departments").getAll(),
  ]);
  await tx.done;
  const domainOf = new Map(domains.map((d) => [d.slug, d]));
  const departmentOf = new Map(departments.map((d) => [d.slug, d]));
  const order = (g: SyncGuide) => domainOf.get(g.domainSlug)?.sortOrder ?? Number.MAX_SAFE_INTEGER;
  guides.sort((a, b) => order(a) - order(b) || a.sortOrder - b.sortOrder || a.id.localeCompare(b.id));
  return guides.map((g) => summaryOf(g, domainOf.get(g.domainSlug), departmentOf.get(g.departmentSlug)));
}

/** The browse page's grouping (same rules as the server's groupGuides). */
export function groupLocalGuides(guides: readonly GuideSummary[], by: GuideBrowse): GuideGroup[] {
  if (by === "event") return LIFE_EVENTS.map((event) => ({ key: event, label: event, guides: guides.filter((g) => g.lifeEvents.includes(event)) }));
  const groups = new Map<string, GuideGroup>();
  for (const g of guides) {
    const { slug, name } = by === "domain" ? g.domain : g.department;
    const group = groups.get(slug) ?? { key: slug, label: name, guides: [] };
    group.guides.push(g);
    groups.set(slug, group);
  }
  return [...groups.values()];
}

export async function readGuide(db: KioskDb, id: string): Promise<GuideDetail | null> {
  const tx = db.transaction(["guides", "domains", "departments", "sites", "items"], "readonly");
  const guide = await tx.objectStore("guides").get(id);
  if (!guide) return null;
  const [domain, department, sites, items] = await Promise.all([
    tx.objectStore("domains").get(guide.domainSlug),
    tx.objectStore("departments").get(guide.departmentSlug),
    Promise.all(guide.overrides.map((o) => tx.objectStore("sites").get(o.siteCode))),
    // Links may name withdrawn items the kiosk no longer holds: those are skipped.
    Promise.all(guide.itemIds.map((itemId) => tx.objectStore("items").get(itemId))),
  ]);
  await tx.done;
  return {
    ...summaryOf(guide, domain, department),
    basicCode: guide.basicCode,
    implementationCode: guide.implementationCode,
    legalLimit: guide.legalLimit,
    updatedOn: guide.updatedOn,
    elements: guide.elements,
    overrides: guide.overrides.map((o, i) => ({ ...o, siteName: sites[i]?.name ?? "" })),
    items: items.flatMap((i) => (i ? [{ id: i.id, level1: i.level1, level2: i.level2 }] : [])).sort((a, b) => a.id.localeCompare(b.id)),
  };
}
