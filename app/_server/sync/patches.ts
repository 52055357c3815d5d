// What a publish may change, per entity type, named as in the sync contract (channels, issuedOn,
// table, elements …), and how each change maps onto the store's columns. Plain server module.
import { z } from "zod";
import { itemInputSchema, recordInputSchema } from "../../_shared/catalog/schema";
import { guideElementsSchema, guideInputSchema } from "../../_shared/guides/schema";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD。");
const item = itemInputSchema.shape;
const record = recordInputSchema.shape;
const guide = guideInputSchema.shape;

export const itemPatchSchema = z
  .object({
    level1: item.level1,
    level2: item.level2,
    content: item.content,
    basis: item.basis,
    timeLimit: item.timeLimit,
    publisher: item.publisher,
    channels: item.channels,
    audience: item.audience,
    mode: item.mode,
    category: item.category,
  })
  .partial()
  .strict();

/** Nullable fields take null to clear them (e.g. a 公示 period that no longer ends). */
export const recordPatchSchema = z
  .object({
    kind: record.kind,
    title: record.title,
    docNo: z.string().max(60).nullable(),
    publisher: record.publisher,
    issuedOn: day,
    effectiveFrom: day.nullable(),
    expiresOn: day.nullable(),
    body: record.body,
    table: record.table.unwrap().nullable(),
  })
  .partial()
  .strict();

export const guidePatchSchema = z
  .object({
    name: guide.name,
    legalLimit: guide.legalLimit,
    promisedLimit: guide.promisedLimit,
    visits: guide.visits,
    isOnline: z.boolean(),
    isKioskSupported: z.boolean(),
    updatedOn: day,
    /** Replaces all nested elements at once (conditions, materials, steps, fee, place, FAQ …). */
    elements: guideElementsSchema,
  })
  .partial()
  .strict();

const common = { id: z.string().min(1), actor: z.string().trim().min(1), note: z.string().trim().max(200).optional() };

/** Input of publishContentChange: which row, who, and the changed fields (none: republish as is). */
export const contentChangeSchema = z.discriminatedUnion("entityType", [
  z.object({ entityType: z.literal("item"), ...common, changes: itemPatchSchema.default({}) }),
  z.object({ entityType: z.literal("record"), ...common, changes: recordPatchSchema.default({}) }),
  z.object({ entityType: z.literal("guide"), ...common, changes: guidePatchSchema.default({}) }),
]);
export type ContentChangeInput = z.input<typeof contentChangeSchema>;
export type ContentChange = z.output<typeof contentChangeSchema>;

export function itemColumns({ channels, ...rest }: z.output<typeof itemPatchSchema>) {
  if (!channels) return rest;
  return {
    ...rest,
    channelsCounty: channels.县级 ? JSON.stringify(channels.县级) : null,
    channelsTownship: channels.乡级 ? JSON.stringify(channels.乡级) : null,
    isCountyLevel: Boolean(channels.县级),
    isTownshipLevel: Boolean(channels.乡级),
  };
}

export function recordColumns({ table, ...rest }: z.output<typeof recordPatchSchema>) {
  return table === undefined ? rest : { ...rest, tableJson: table ? JSON.stringify(table) : null };
}

export function guideColumns({ elements, ...rest }: z.output<typeof guidePatchSchema>) {
  return elements === undefined ? rest : { ...rest, elementsJson: JSON.stringify(elements) };
}

/** The editable columns kept in ContentVersion.data after each publish. */
export const itemSnapshotSelect = {
  level1: true, level2: true, content: true, basis: true, timeLimit: true, publisher: true,
  channelsCounty: true, channelsTownship: true, audience: true, mode: true, category: true, siteCode: true,
} as const;
export const recordSnapshotSelect = {
  itemId: true, kind: true, title: true, docNo: true, publisher: true, issuedOn: true,
  effectiveFrom: true, expiresOn: true, body: true, tableJson: true,
} as const;
export const guideSnapshotSelect = {
  name: true, kind: true, implementer: true, legalLimit: true, promisedLimit: true, visits: true,
  isOnline: true, isKioskSupported: true, updatedOn: true, elementsJson: true,
} as const;
