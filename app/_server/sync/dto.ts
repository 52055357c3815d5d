import "server-only";
import type { Channel } from "@/app/_shared/catalog/schema";
import type { SyncDomain, SyncGuide, SyncItem, SyncRecord } from "@/app/_shared/sync/contract";
import type { Prisma } from "@/prisma/generated/sqlite/client";
import { parseElements, parseLifeEvents } from "../guides/dto";

// Prisma selects for the sync payload and their mappers to the contract's DTOs. Only the columns a
// kiosk renders: never workflow internals (status, version, timestamps) or staff data.

export const domainSelect = {
  slug: true,
  name: true,
  sortOrder: true,
  revision: true,
  departments: { orderBy: [{ isLead: "desc" }, { departmentSlug: "asc" }], select: { departmentSlug: true, isLead: true } },
} satisfies Prisma.DomainSelect;

export const departmentSelect = { slug: true, name: true, shortName: true, revision: true } satisfies Prisma.DepartmentSelect;
export const siteSelect = { code: true, name: true, kind: true, address: true, revision: true } satisfies Prisma.SiteSelect;

export const itemSelect = {
  id: true,
  revision: true,
  domainSlug: true,
  departmentSlug: true,
  siteCode: true,
  sortOrder: true,
  level1: true,
  level2: true,
  content: true,
  basis: true,
  timeLimit: true,
  publisher: true,
  channelsCounty: true,
  channelsTownship: true,
  audience: true,
  mode: true,
  category: true,
} satisfies Prisma.DisclosureItemSelect;

export const recordSelect = {
  id: true,
  revision: true,
  itemId: true,
  kind: true,
  title: true,
  docNo: true,
  publisher: true,
  issuedOn: true,
  effectiveFrom: true,
  expiresOn: true,
  body: true,
  tableJson: true,
} satisfies Prisma.DisclosureRecordSelect;

export const guideSelect = {
  id: true,
  revision: true,
  name: true,
  kind: true,
  domainSlug: true,
  departmentSlug: true,
  implementer: true,
  basicCode: true,
  implementationCode: true,
  lifeEvents: true,
  legalLimit: true,
  promisedLimit: true,
  visits: true,
  isOnline: true,
  isKioskSupported: true,
  updatedOn: true,
  sortOrder: true,
  elementsJson: true,
  overrides: { orderBy: { siteCode: "asc" }, select: { siteCode: true, place: true, window: true, hours: true, phone: true } },
  // All links, withdrawn items included: filtering here would make the list change without the
  // guide's revision moving, so a kiosk would keep a stale list. The kiosk skips ids it lacks.
  items: { orderBy: { itemId: "asc" }, select: { itemId: true } },
} satisfies Prisma.ServiceGuideSelect;

type ItemRow = Prisma.DisclosureItemGetPayload<{ select: typeof itemSelect }>;
type RecordRow = Prisma.DisclosureRecordGetPayload<{ select: typeof recordSelect }>;
type GuideRow = Prisma.ServiceGuideGetPayload<{ select: typeof guideSelect }>;
type DomainRow = Prisma.DomainGetPayload<{ select: typeof domainSelect }>;

export function toSyncDomain({ departments, ...rest }: DomainRow): SyncDomain {
  return { ...rest, departments: departments.map((l) => ({ slug: l.departmentSlug, isLead: l.isLead })) };
}

const channels = (json: string | null) => (json ? (JSON.parse(json) as Channel[]) : undefined);

// Enum columns (audience, mode, category, kind) are stored as text. The seed loader and the publish
// path validate them with the shared zod schemas on write, so they are cast here, not re-checked;
// the kiosk validates the whole answer against the contract anyway.
export function toSyncItem({ channelsCounty, channelsTownship, audience, mode, category, ...rest }: ItemRow): SyncItem {
  const county = channels(channelsCounty);
  const township = channels(channelsTownship);
  return {
    ...rest,
    channels: { ...(county && { 县级: county }), ...(township && { 乡级: township }) },
    audience: audience as SyncItem["audience"],
    mode: mode as SyncItem["mode"],
    category: category as SyncItem["category"],
  };
}

export function toSyncRecord({ tableJson, kind, ...rest }: RecordRow): SyncRecord {
  return { ...rest, kind: kind as SyncRecord["kind"], table: tableJson ? (JSON.parse(tableJson) as SyncRecord["table"]) : null };
}

/** Guide JSON columns are parsed with the shared schemas; a stored guide that fails is a data fault and throws. */
export function toSyncGuide({ lifeEvents, elementsJson, overrides, items, kind, ...rest }: GuideRow): SyncGuide {
  return {
    ...rest,
    kind: kind as SyncGuide["kind"],
    lifeEvents: parseLifeEvents(rest.id, lifeEvents),
    elements: parseElements(rest.id, elementsJson),
    // The contract's place has an optional window (as the guide schema); absent, not null.
    overrides: overrides.map(({ window, ...o }) => ({ ...o, ...(window !== null && { window }) })),
    itemIds: items.map((l) => l.itemId),
  };
}
