// Publishing a change to an item, record or guide: the one path by which content moves to kiosks
// outside the seed loader. Plain server module (see content-writes.ts).
import type { Db } from "../../../prisma/db";
import { ZH } from "../../_shared/sync/zh-errors";
import {
  allocateRevision,
  clearTombstones,
  ENTITY_LABELS,
  findContentState,
  lockContentWrites,
  PUBLISHED,
  type ContentWriteResult,
  type Tx,
} from "./content-writes";
import {
  contentChangeSchema,
  guideColumns,
  guideSnapshotSelect,
  itemColumns,
  itemSnapshotSelect,
  recordColumns,
  recordSnapshotSelect,
  type ContentChange,
  type ContentChangeInput,
} from "./patches";

/**
 * Applies `changes` to an existing row and publishes it, in one transaction: a new content
 * revision, the row's new version/revision/status, a ContentVersion snapshot, tombstones cleared
 * (republishing withdrawn content), and an AuditLog row. Kiosks pick it up with their next delta.
 */
export async function publishContentChange(db: Db, input: ContentChangeInput, now = new Date()): Promise<ContentWriteResult> {
  const parsed = contentChangeSchema.safeParse(input, ZH);
  if (!parsed.success) {
    return { ok: false, error: "invalid_input", message: parsed.error.issues.map((i) => `${i.path.join(".")}：${i.message}`).join("；") };
  }
  const change = parsed.data;
  const label = ENTITY_LABELS[change.entityType];
  return db.$transaction(
    async (tx): Promise<ContentWriteResult> => {
      await lockContentWrites(db, tx);
      const state = await findContentState(tx, change.entityType, change.id);
      if (!state) return { ok: false, error: "not_found", message: `${label} ${change.id} 不存在。` };
      if (state.itemStatus !== undefined && state.itemStatus !== PUBLISHED) {
        return { ok: false, error: "item_not_published", message: "所属公开事项未发布，不能单独发布其下的公开信息。" };
      }
      const revision = await allocateRevision(tx, change.note ?? `发布${label}`, change.actor);
      const version = state.version + 1;
      const snapshot = await writeRow(tx, change, { status: PUBLISHED, version, revision, publishedAt: now });
      await tx.contentVersion.create({
        data: { entityType: change.entityType, entityId: change.id, version, status: PUBLISHED, data: JSON.stringify(snapshot), author: change.actor },
      });
      await clearTombstones(tx, change.entityType, [change.id]);
      if (change.entityType === "item" && state.status !== PUBLISHED) await restoreRecords(tx, change.id, revision);
      const fields = Object.keys(change.changes);
      await tx.auditLog.create({
        data: {
          actor: change.actor,
          action: "content.publish",
          entityType: change.entityType,
          entityId: change.id,
          detail: `内容版本 ${revision}，第 ${version} 版；${fields.length ? `修改：${fields.join("、")}` : "未修改内容，重新发布"}`,
        },
      });
      return { ok: true, revision, version };
    },
    { timeout: 30_000, maxWait: 15_000 },
  );
}

interface PublishState {
  status: string;
  version: number;
  revision: number;
  publishedAt: Date;
}

/** Writes the changed columns and returns the editable fields as they now stand. */
async function writeRow(tx: Tx, change: ContentChange, state: PublishState): Promise<Record<string, unknown>> {
  const where = { id: change.id };
  switch (change.entityType) {
    case "item":
      return tx.disclosureItem.update({ where, data: { ...itemColumns(change.changes), ...state }, select: itemSnapshotSelect });
    case "record":
      return tx.disclosureRecord.update({ where, data: { ...recordColumns(change.changes), ...state }, select: recordSnapshotSelect });
    case "guide": {
      const { elementsJson, ...rest } = await tx.serviceGuide.update({ where, data: { ...guideColumns(change.changes), ...state }, select: guideSnapshotSelect });
      return { ...rest, elements: JSON.parse(elementsJson) as unknown };
    }
  }
}

/**
 * Kiosks dropped an item's records when the item was withdrawn (withdraw.ts tombstones them).
 * Republishing the item brings its still-published records back: a new revision makes them part
 * of the next delta, and their tombstones go.
 */
async function restoreRecords(tx: Tx, itemId: string, revision: number): Promise<void> {
  const records = await tx.disclosureRecord.findMany({ where: { itemId, status: PUBLISHED }, select: { id: true } });
  await tx.disclosureRecord.updateMany({ where: { itemId, status: PUBLISHED }, data: { revision } });
  await clearTombstones(tx, "record", records.map((r) => r.id));
}
