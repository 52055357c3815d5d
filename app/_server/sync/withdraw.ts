// Withdrawing published content (撤回): it leaves every kiosk with the next delta. Plain server
// module (see content-writes.ts).
import { z } from "zod";
import type { Db } from "../../../prisma/db";
import { ZH } from "../../_shared/sync/zh-errors";
import {
  allocateRevision,
  CONTENT_ENTITY_TYPES,
  ENTITY_LABELS,
  findContentState,
  lockContentWrites,
  PUBLISHED,
  WITHDRAWN,
  writeTombstones,
  type ContentWriteResult,
  type Tx,
} from "./content-writes";

export const withdrawSchema = z.object({
  entityType: z.enum(CONTENT_ENTITY_TYPES),
  id: z.string().min(1),
  actor: z.string().trim().min(1),
  /** Why, for the audit trail (e.g. 公示期满, 政策废止). Never personal data. */
  reason: z.string().trim().max(200).optional(),
});
export type WithdrawInput = z.input<typeof withdrawSchema>;

/**
 * Sets a published row to withdrawn, in one transaction: a new content revision, the row's status
 * and revision, a tombstone (so kiosks that hold it drop it), and an AuditLog row. The version stays:
 * the content did not change, its workflow state did. Withdrawing an item also tombstones its
 * published records, which kiosks must not show without their item.
 */
export async function withdrawContent(db: Db, input: WithdrawInput): Promise<ContentWriteResult> {
  const parsed = withdrawSchema.safeParse(input, ZH);
  if (!parsed.success) return { ok: false, error: "invalid_input", message: parsed.error.issues.map((i) => i.message.replace(/。$/, "")).join("；") };
  const { entityType, id, actor, reason } = parsed.data;
  const label = ENTITY_LABELS[entityType];
  return db.$transaction(
    async (tx): Promise<ContentWriteResult> => {
      await lockContentWrites(db, tx);
      const state = await findContentState(tx, entityType, id);
      if (!state) return { ok: false, error: "not_found", message: `${label} ${id} 不存在。` };
      if (state.status !== PUBLISHED) return { ok: false, error: "not_published", message: `该${label}当前未发布，无需撤回。` };

      const revision = await allocateRevision(tx, `撤回${label}`, actor);
      await setWithdrawn(tx, entityType, id, revision);
      await writeTombstones(tx, entityType, [id], revision);
      let detail = `内容版本 ${revision}`;
      if (entityType === "item") {
        const records = await tx.disclosureRecord.findMany({ where: { itemId: id, status: PUBLISHED }, select: { id: true } });
        await writeTombstones(tx, "record", records.map((r) => r.id), revision);
        if (records.length) detail += `；其下 ${records.length} 条公开信息随之下架`;
      }
      if (reason) detail += `；原因：${reason}`;
      await tx.auditLog.create({ data: { actor, action: "content.withdraw", entityType, entityId: id, detail } });
      return { ok: true, revision, version: state.version };
    },
    { timeout: 30_000, maxWait: 15_000 },
  );
}

async function setWithdrawn(tx: Tx, entityType: (typeof CONTENT_ENTITY_TYPES)[number], id: string, revision: number): Promise<void> {
  const data = { status: WITHDRAWN, revision };
  if (entityType === "item") await tx.disclosureItem.update({ where: { id }, data });
  else if (entityType === "record") await tx.disclosureRecord.update({ where: { id }, data });
  else await tx.serviceGuide.update({ where: { id }, data });
}
