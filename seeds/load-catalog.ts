// Writes catalog data into the store idempotently: rows are upserted by their stable keys, only rows
// whose content changed are written, and one content revision is recorded when anything changed, so
// kiosks re-sync exactly what moved. Seeded content is published (it passed review at the source).
import type { Db } from "../prisma/db";
import type { GuideInput } from "../app/_shared/guides/schema";
import { loadGuides } from "./load-guides";
import { lockContentWrites, WITHDRAWN } from "../app/_server/sync/content-writes";
import { itemInputSchema, recordInputSchema, type ItemInput, type RecordInput } from "../app/_shared/catalog/schema";

export interface CatalogData {
  domains: readonly { slug: string; name: string; departments: readonly string[] }[];
  departments: readonly { slug: string; name: string; shortName: string }[];
  sites: readonly { code: string; name: string; kind: string; address: string }[];
  items: readonly ItemInput[];
  records: readonly RecordInput[];
  guides?: readonly GuideInput[];
}

export interface LoadResult {
  revision: number;
  changed: number;
}

const SEED_ACTOR = "seed";

function itemRow(it: ItemInput, sortOrder: number) {
  return {
    domainSlug: it.domain,
    departmentSlug: it.department,
    siteCode: it.site ?? null,
    sortOrder,
    level1: it.level1,
    level2: it.level2,
    content: it.content,
    basis: it.basis,
    timeLimit: it.timeLimit,
    publisher: it.publisher,
    channelsCounty: it.channels.县级 ? JSON.stringify(it.channels.县级) : null,
    channelsTownship: it.channels.乡级 ? JSON.stringify(it.channels.乡级) : null,
    isCountyLevel: Boolean(it.channels.县级),
    isTownshipLevel: Boolean(it.channels.乡级),
    audience: it.audience,
    mode: it.mode,
    category: it.category,
  };
}

function recordRow(r: RecordInput) {
  return {
    itemId: r.item,
    kind: r.kind,
    title: r.title,
    docNo: r.docNo ?? null,
    publisher: r.publisher,
    issuedOn: r.publishedAt,
    effectiveFrom: r.effectiveFrom ?? null,
    expiresOn: r.expiresAt ?? null,
    body: r.body,
    tableJson: r.table ? JSON.stringify(r.table) : null,
  };
}

/** True when every field of `wanted` equals the stored row (null and undefined alike). */
function same(stored: Record<string, unknown> | undefined, wanted: Record<string, unknown>): boolean {
  return !!stored && Object.entries(wanted).every(([k, v]) => (stored[k] ?? null) === (v ?? null));
}

export async function loadCatalog(db: Db, data: CatalogData): Promise<LoadResult> {
  const items = data.items.map((i) => itemInputSchema.parse(i));
  const records = data.records.map((r) => recordInputSchema.parse(r));

  return db.$transaction(
    async (tx) => {
      await lockContentWrites(db, tx);
      const latest = await tx.contentRevision.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
      let revision = latest?.id ?? 0;
      let changed = 0;
      // Allocated lazily: a seed that changes nothing leaves the revision where it was.
      const nextRevision = async () => {
        if (revision === (latest?.id ?? 0)) {
          revision = (await tx.contentRevision.create({ data: { note: "目录数据导入", createdBy: SEED_ACTOR } })).id;
        }
        return revision;
      };
      const now = new Date();

      const domains = new Map((await tx.domain.findMany()).map((d) => [d.slug, d]));
      for (const [sortOrder, d] of data.domains.entries()) {
        const wanted = { name: d.name, sortOrder };
        if (same(domains.get(d.slug), wanted)) continue;
        const rev = await nextRevision();
        await tx.domain.upsert({ where: { slug: d.slug }, create: { slug: d.slug, ...wanted, revision: rev }, update: { ...wanted, revision: rev } });
        changed++;
      }
      const depts = new Map((await tx.department.findMany()).map((d) => [d.slug, d]));
      for (const d of data.departments) {
        const wanted = { name: d.name, shortName: d.shortName };
        if (same(depts.get(d.slug), wanted)) continue;
        const rev = await nextRevision();
        await tx.department.upsert({ where: { slug: d.slug }, create: { slug: d.slug, ...wanted, revision: rev }, update: { ...wanted, revision: rev } });
        changed++;
      }
      const links = new Set((await tx.domainDepartment.findMany()).map((l) => `${l.domainSlug}|${l.departmentSlug}`));
      for (const d of data.domains) {
        for (const [i, dept] of d.departments.entries()) {
          if (links.has(`${d.slug}|${dept}`)) continue;
          await tx.domainDepartment.create({ data: { domainSlug: d.slug, departmentSlug: dept, isLead: i === 0 } });
        }
      }
      const sites = new Map((await tx.site.findMany()).map((s) => [s.code, s]));
      for (const s of data.sites) {
        const wanted = { name: s.name, kind: s.kind, address: s.address };
        if (same(sites.get(s.code), wanted)) continue;
        const rev = await nextRevision();
        await tx.site.upsert({ where: { code: s.code }, create: { code: s.code, ...wanted, revision: rev }, update: { ...wanted, revision: rev } });
        changed++;
      }

      const storedItems = new Map((await tx.disclosureItem.findMany()).map((i) => [i.id, i]));
      for (const [sortOrder, it] of items.entries()) {
        const wanted = { ...itemRow(it, sortOrder), status: "published" };
        const stored = storedItems.get(it.key);
        // A withdrawal is a staff decision; reseeding must not bring the row back.
        if (stored?.status === WITHDRAWN || same(stored, wanted)) continue;
        const rev = await nextRevision();
        const version = (stored?.version ?? 0) + 1;
        await tx.disclosureItem.upsert({
          where: { id: it.key },
          create: { id: it.key, ...wanted, version, revision: rev, publishedAt: now },
          update: { ...wanted, version, revision: rev, publishedAt: now },
        });
        await tx.contentVersion.create({
          data: { entityType: "item", entityId: it.key, version, status: "published", data: JSON.stringify(it), author: SEED_ACTOR },
        });
        changed++;
      }
      const storedRecords = new Map((await tx.disclosureRecord.findMany()).map((r) => [r.id, r]));
      for (const r of records) {
        const wanted = { ...recordRow(r), status: "published" };
        const stored = storedRecords.get(r.key);
        if (stored?.status === WITHDRAWN || same(stored, wanted)) continue;
        const rev = await nextRevision();
        const version = (stored?.version ?? 0) + 1;
        await tx.disclosureRecord.upsert({
          where: { id: r.key },
          create: { id: r.key, ...wanted, version, revision: rev, publishedAt: now },
          update: { ...wanted, version, revision: rev, publishedAt: now },
        });
        await tx.contentVersion.create({
          data: { entityType: "record", entityId: r.key, version, status: "published", data: JSON.stringify(r), author: SEED_ACTOR },
        });
        changed++;
      }
      changed += await loadGuides(tx, data.guides ?? [], nextRevision, SEED_ACTOR);
      if (changed) {
        await tx.auditLog.create({
          data: { actor: SEED_ACTOR, action: "seed", entityType: "catalog", entityId: String(revision), detail: `${changed} 条数据写入` },
        });
      }
      return { revision, changed };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
