// The versioned content sync contract (v1): what `GET /api/sync/content?since=N` answers. The server
// builds its response to this shape and the kiosk validates every response with it before touching
// its store, so a faulty or foreign answer never half-overwrites offline content.
//
// Compatibility within v1: fields may be added (objects here strip unknown keys, so older kiosks
// ignore them). Removing or renaming a field, or changing its meaning, needs `contract: 2`.
import { z } from "zod";
import { AUDIENCES, CATEGORIES, CHANNELS, MODES, RECORD_KINDS } from "../catalog/schema";
import { GUIDE_KINDS, LIFE_EVENTS, guideElementsSchema, placeSchema } from "../guides/schema";

export const SYNC_CONTRACT_VERSION = 1;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const revision = z.number().int().nonnegative();
const siteCode = z.string().regex(/^\d{9}$/);

export const syncDomainSchema = z.object({
  slug: z.string(),
  name: z.string(),
  sortOrder: z.number().int(),
  /** Responsible units, the lead unit first. */
  departments: z.array(z.object({ slug: z.string(), isLead: z.boolean() })),
  revision,
});

export const syncDepartmentSchema = z.object({ slug: z.string(), name: z.string(), shortName: z.string(), revision });

export const syncSiteSchema = z.object({
  code: siteCode,
  name: z.string(),
  kind: z.string(), // 县级 | 街道 | 镇 | 民族乡
  address: z.string(),
  revision,
});

/** A catalog item. A level present in `channels` is a level the item is disclosed at. */
export const syncItemSchema = z.object({
  id: z.string(),
  revision,
  domainSlug: z.string(),
  departmentSlug: z.string(),
  /** Township-specific items name their site; county-wide items have null. */
  siteCode: siteCode.nullable(),
  sortOrder: z.number().int(),
  level1: z.string(),
  level2: z.string(),
  content: z.string(),
  basis: z.string(),
  timeLimit: z.string(),
  publisher: z.string(),
  channels: z.object({ 县级: z.array(z.enum(CHANNELS)).optional(), 乡级: z.array(z.enum(CHANNELS)).optional() }),
  audience: z.enum(AUDIENCES),
  mode: z.enum(MODES),
  category: z.enum(CATEGORIES),
});

/** A disclosed record. The kiosk hides it once `expiresOn` has passed, offline too. */
export const syncRecordSchema = z.object({
  id: z.string(),
  revision,
  itemId: z.string(),
  kind: z.enum(RECORD_KINDS),
  title: z.string(),
  docNo: z.string().nullable(),
  publisher: z.string(),
  issuedOn: day,
  effectiveFrom: day.nullable(),
  expiresOn: day.nullable(),
  body: z.string(),
  /** Lists and tables; personal identifiers are already masked on the server. */
  table: z.object({ columns: z.array(z.string()), rows: z.array(z.array(z.string())) }).nullable(),
});

export const syncGuideSchema = z.object({
  id: z.string(),
  revision,
  name: z.string(),
  kind: z.enum(GUIDE_KINDS),
  domainSlug: z.string(),
  departmentSlug: z.string(),
  implementer: z.string(),
  basicCode: z.string(),
  implementationCode: z.string(),
  lifeEvents: z.array(z.enum(LIFE_EVENTS)),
  legalLimit: z.string(),
  promisedLimit: z.string(),
  visits: z.number().int().nonnegative(),
  isOnline: z.boolean(),
  isKioskSupported: z.boolean(),
  updatedOn: day,
  sortOrder: z.number().int(),
  /** Conditions, materials, steps, fees, the county place, FAQ … (the guide schema's elements). */
  elements: guideElementsSchema,
  /** Township centres' own place/window/hours/phone. */
  overrides: z.array(placeSchema.extend({ siteCode })),
  /** Linked catalog items. May name an item the kiosk does not hold (withdrawn): skip those. */
  itemIds: z.array(z.string()),
});

/**
 * The answer to `GET /api/sync/content?since=N`. Rows are everything published whose revision is
 * greater than `since`; `removed` lists what left publication after `since` (always empty when
 * `full`). An id is never in both; removing an item also drops its records on the kiosk.
 */
export const syncContentSchema = z.object({
  contract: z.literal(SYNC_CONTRACT_VERSION),
  /** The content revision this answer brings the kiosk to: send it as `since` next time. */
  revision,
  since: revision,
  /** True for `since=0`: a complete snapshot that replaces whatever the kiosk held. */
  full: z.boolean(),
  domains: z.array(syncDomainSchema),
  departments: z.array(syncDepartmentSchema),
  sites: z.array(syncSiteSchema),
  items: z.array(syncItemSchema),
  records: z.array(syncRecordSchema),
  guides: z.array(syncGuideSchema),
  removed: z.object({ items: z.array(z.string()), records: z.array(z.string()), guides: z.array(z.string()) }),
});

export type SyncDomain = z.infer<typeof syncDomainSchema>;
export type SyncDepartment = z.infer<typeof syncDepartmentSchema>;
export type SyncSite = z.infer<typeof syncSiteSchema>;
export type SyncItem = z.infer<typeof syncItemSchema>;
export type SyncRecord = z.infer<typeof syncRecordSchema>;
export type SyncGuide = z.infer<typeof syncGuideSchema>;
export type SyncContent = z.infer<typeof syncContentSchema>;

/** `since` as sent in the query string: digits only (no sign, no exponent), missing means 0. */
export const sinceParamSchema = z
  .string({ error: "参数 since 必须是内容版本号（不小于 0 的整数）。" })
  .regex(/^\d{1,10}$/, "参数 since 必须是内容版本号（不小于 0 的整数）。")
  .transform(Number)
  .pipe(z.number().int().nonnegative().max(2_147_483_647, "参数 since 超出范围。"));

/** Error codes of the content endpoint (400). */
export type SyncContentErrorCode = "since_invalid" | "since_ahead";

export const syncErrorSchema = z.object({
  error: z.string(),
  message: z.string(),
  /** With `since_ahead`: the server's current revision. */
  revision: revision.optional(),
});

/** Strong ETag of an answer: the same revision and `since` always give the same body. */
export function contentEtag(revision: number, since: number): string {
  return `"rev-${revision}-since-${since}"`;
}
