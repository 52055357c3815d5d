// Upserts service guides the same way load-catalog does items: by stable key, only when changed,
// with a version snapshot, inside the caller's transaction and content revision.
import { guideInputSchema, type Guide, type GuideInput } from "../app/_shared/guides/schema";

type Tx = Parameters<Parameters<import("../prisma/db").Db["$transaction"]>[0]>[0];

function guideRow(g: Guide, sortOrder: number) {
  const { key, name, kind, domain, department, implementer, basicCode, implementationCode, lifeEvents, legalLimit, promisedLimit, visits, online, kioskSupported, updatedOn, townshipOverrides, items, ...elements } = g;
  void key; void townshipOverrides; void items;
  return {
    name,
    kind,
    domainSlug: domain,
    departmentSlug: department,
    implementer,
    basicCode,
    implementationCode,
    lifeEvents: JSON.stringify(lifeEvents),
    legalLimit,
    promisedLimit,
    visits,
    isOnline: online,
    isKioskSupported: kioskSupported,
    elementsJson: JSON.stringify(elements),
    updatedOn,
    sortOrder,
  };
}

interface OverrideLike {
  siteCode: string;
  place: string;
  window?: string | null;
  hours: string;
  phone: string;
}

/** Overrides and item links in a canonical order, to tell whether a guide's links changed. */
function linkSignature(overrides: readonly OverrideLike[], itemIds: readonly string[]): string {
  const o = overrides.map((x) => [x.siteCode, x.place, x.window ?? null, x.hours, x.phone]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return JSON.stringify([o, [...itemIds].sort()]);
}

/** Writes changed guides; returns how many changed. `nextRevision` allocates the run's revision once. */
export async function loadGuides(tx: Tx, input: readonly GuideInput[], nextRevision: () => Promise<number>, actor: string): Promise<number> {
  const guides = input.map((g) => guideInputSchema.parse(g));
  const stored = new Map((await tx.serviceGuide.findMany({ include: { overrides: true, items: true } })).map((g) => [g.id, g]));
  let changed = 0;
  for (const [sortOrder, g] of guides.entries()) {
    const wanted = { ...guideRow(g, sortOrder), status: "published" };
    const was = stored.get(g.key);
    if (was?.status === "withdrawn") continue; // staff withdrew it; the seed does not republish
    const links = linkSignature(g.townshipOverrides.map(({ site, ...o }) => ({ siteCode: site, ...o })), g.items);
    const storedLinks = was && linkSignature(was.overrides, was.items.map((i) => i.itemId));
    if (was && links === storedLinks && Object.entries(wanted).every(([k, v]) => (was as Record<string, unknown>)[k] === v)) continue;
    const revision = await nextRevision();
    const version = (was?.version ?? 0) + 1;
    const data = { ...wanted, version, revision, publishedAt: new Date() };
    await tx.serviceGuide.upsert({ where: { id: g.key }, create: { id: g.key, ...data }, update: data });
    await tx.guideSiteOverride.deleteMany({ where: { guideId: g.key } });
    await tx.guideSiteOverride.createMany({ data: g.townshipOverrides.map(({ site, window, ...o }) => ({ guideId: g.key, siteCode: site, window: window ?? null, ...o })) });
    await tx.guideItem.deleteMany({ where: { guideId: g.key } });
    await tx.guideItem.createMany({ data: g.items.map((itemId) => ({ guideId: g.key, itemId })) });
    await tx.contentVersion.create({ data: { entityType: "guide", entityId: g.key, version, status: "published", data: JSON.stringify(g), author: actor } });
    changed++;
  }
  return changed;
}
